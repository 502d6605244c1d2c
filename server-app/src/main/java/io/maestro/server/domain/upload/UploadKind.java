package io.maestro.server.domain.upload;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file types Maestro 0.6 accepted: images are public (avatars), JSON, CSV and text are private (imports read by
 * discovery). Each type knows its extension and recognises its own content, so a renamed file is refused.
 */
public enum UploadKind {

    JPEG("image/jpeg", "jpg", true),
    JPG("image/jpg", "jpg", true),
    GIF("image/gif", "gif", true),
    PNG("image/png", "png", true),
    JSON("application/json", "json", false),
    CSV("text/csv", "csv", false),
    TEXT("text/plain", "txt", false);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mimeType;
    private final String extension;
    private final boolean publicFile;

    UploadKind(String mimeType, String extension, boolean publicFile) {
        this.mimeType = mimeType;
        this.extension = extension;
        this.publicFile = publicFile;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    /** Public files are served to anyone ({@code /static/...} or the public bucket); private ones need a token. */
    public boolean isPublic() {
        return publicFile;
    }

    public static Optional<UploadKind> ofMimeType(String mimeType) {
        String wanted = mimeType == null ? "" : mimeType.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.mimeType.equals(wanted)).findFirst();
    }

    /** The type stored under an extension ({@code jpeg} is read as {@code jpg}). */
    public static Optional<UploadKind> ofExtension(String extension) {
        String wanted = extension == null ? "" : extension.trim().toLowerCase(Locale.ROOT);
        String normalised = wanted.equals("jpeg") ? "jpg" : wanted;
        return Arrays.stream(values()).filter(kind -> kind.extension.equals(normalised)).findFirst();
    }

    /** Whether a declared content type (of a multipart part or a request) fits this type; absent or generic ones do. */
    public boolean acceptsDeclared(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String declared = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return declared.equals("application/octet-stream")
                || ofMimeType(declared).map(kind -> kind.extension.equals(extension)).orElse(false);
    }

    /** Whether the bytes are what this type says: image signatures, parseable JSON, UTF-8 text without NUL. */
    public boolean recognises(byte[] content) {
        return switch (this) {
            case JPEG, JPG -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case GIF -> startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                    || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII));
            case PNG -> startsWith(content, PNG_SIGNATURE);
            case JSON -> isText(content) && parsesAsJson(content);
            case CSV, TEXT -> isText(content);
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean parsesAsJson(byte[] content) {
        try {
            return JsonMapper.shared().readTree(content) != null;
        } catch (JacksonException e) {
            return false;
        }
    }
}
