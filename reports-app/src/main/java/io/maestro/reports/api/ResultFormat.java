package io.maestro.reports.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The representations of a report's rows, chosen by {@code Accept} (0.6 contract §6; PDF is new, D36). */
enum ResultFormat {
    JSON("application/json"),
    CSV("text/csv"),
    XML("application/xml"),
    TEXT("text/plain"),
    INVENTORY("text/inventory"),
    PDF("application/pdf");

    private static final MediaType TEXT_XML = MediaType.TEXT_XML;

    private final MediaType mediaType;

    ResultFormat(String mediaType) {
        this.mediaType = MediaType.parseMediaType(mediaType);
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The first format {@code accept} names, in its quality order; JSON when it names none of them (or all). */
    static ResultFormat of(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return JSON;
        }
        // a stable sort: equal qualities keep the order the client gave
        List<MediaType> byQuality = accepted.stream()
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        for (MediaType wanted : byQuality) {
            if (wanted.isWildcardType()) {
                return JSON;
            }
            if (TEXT_XML.equalsTypeAndSubtype(wanted)) {
                return XML;
            }
            Optional<ResultFormat> match = Arrays.stream(values())
                    .filter(format -> wanted.equalsTypeAndSubtype(format.mediaType)).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
        }
        return JSON;
    }
}
