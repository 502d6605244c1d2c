package io.maestro.analyticsfront.domain;

import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.Locale;

/** The files of a drawn map, by the {@code ext} a reader asks for. */
public enum ArtifactFormat {
    HTML("html", "text/html;charset=UTF-8"),
    SVG("svg", "image/svg+xml"),
    PNG("png", "image/png"),
    DRAWIO("drawio", "application/vnd.jgraph.mxfile"),
    MMD("mmd", "text/vnd.mermaid;charset=UTF-8");

    private final String extension;
    private final String mediaType;

    ArtifactFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code ext} as asked ({@code html} when absent); another value is a 400 naming it. */
    public static ArtifactFormat of(String ext) {
        if (ext == null || ext.isBlank()) {
            return HTML;
        }
        for (ArtifactFormat format : values()) {
            if (format.extension.equals(ext.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new ValidatorException(ValidationDetail.field("ext", "any.only",
                "must be one of [html, svg, png, drawio, mmd]"));
    }
}
