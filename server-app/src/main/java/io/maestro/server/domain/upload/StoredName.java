package io.maestro.server.domain.upload;

import io.maestro.common.web.ProcessException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where an uploaded file lives: {@code <folder>/<ownerId>/<kebab-name>.<ext>}, relative to the public or private
 * upload root (or bucket). Built only from checked parts, so no name can climb out of its root (compatibility.md S3).
 */
public record StoredName(UploadFolder folder, String ownerId, String baseName, UploadKind kind) {

    private static final Pattern OWNER = Pattern.compile("[0-9a-f]{24}");
    private static final Pattern BASE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_BASE_NAME = 120;

    public StoredName {
        if (!OWNER.matcher(ownerId).matches() || !BASE_NAME.matcher(baseName).matches()) {
            throw new IllegalArgumentException("Not a stored upload name: " + ownerId + "/" + baseName);
        }
    }

    /** {@code <folder>/<ownerId>/<baseName>.<ext>}: 0.6's {@code filename}, the object key and the relative path. */
    public String key() {
        return folder.path() + "/" + ownerId + "/" + baseName + "." + kind.extension();
    }

    /**
     * The name a client asked for, as 0.6 stored it: lodash's kebab case ({@code "My Photo.png"} → {@code my-photo-png}).
     * A name with a path in it is refused rather than quietly flattened.
     *
     * @throws ProcessException   400 for a path ({@code /}, {@code \}, {@code ..}, a drive or NUL)
     * @throws ValidatorException 422 when nothing usable is left
     */
    public static String kebabName(String field, String requested) {
        if (requested == null || requested.isBlank()) {
            throw new ValidatorException(ValidationDetail.field(field, "any.required", "is required"));
        }
        if (requested.contains("/") || requested.contains("\\") || requested.contains("..") || requested.contains(":")
                || requested.indexOf('\0') >= 0) {
            throw new ProcessException("\"" + field + "\" must be a plain file name, without a path");
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (char c : requested.toCharArray()) {
            boolean letterOrDigit = (c < 0x80) && Character.isLetterOrDigit(c);
            boolean camelBoundary = Character.isUpperCase(c) && Character.isLowerCase(previous);
            if (!letterOrDigit || camelBoundary) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
            if (letterOrDigit) {
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        String kebab = String.join("-", words).toLowerCase(Locale.ROOT);
        if (kebab.isEmpty()) {
            throw new ValidatorException(ValidationDetail.field(field, "string.regex.base",
                    "must contain letters or digits"));
        }
        if (kebab.length() > MAX_BASE_NAME) {
            kebab = kebab.substring(0, MAX_BASE_NAME).replaceAll("-+$", "");
        }
        return kebab;
    }

    /**
     * A stored private file named by a reader ({@code GET /users/upload/file/?filename=}). Only the exact form this
     * service hands out is accepted.
     *
     * @throws ProcessException   400 for anything that is not {@code <folder>/<24-hex owner>/<kebab-name>.<ext>}
     *                            (absolute paths, {@code ..}, other folders, odd characters)
     * @throws ValidatorException 422 for an extension that is not a private file type
     */
    public static StoredName parsePrivate(UploadFolder expectedFolder, String filename) {
        if (filename == null || filename.isBlank()) {
            throw new ValidatorException(ValidationDetail.field("filename", "any.required", "is required"));
        }
        String[] parts = filename.split("/", -1);
        if (parts.length != 3 || !parts[0].equals(expectedFolder.path()) || !OWNER.matcher(parts[1]).matches()) {
            throw new ProcessException("\"filename\" must be " + expectedFolder.path()
                    + "/<owner id>/<name>.<ext> inside the upload area");
        }
        int dot = parts[2].lastIndexOf('.');
        String base = dot > 0 ? parts[2].substring(0, dot) : "";
        if (!BASE_NAME.matcher(base).matches() || base.length() > MAX_BASE_NAME) {
            throw new ProcessException("\"filename\" must be " + expectedFolder.path()
                    + "/<owner id>/<name>.<ext> inside the upload area");
        }
        UploadKind kind = UploadKind.ofExtension(parts[2].substring(dot + 1))
                .filter(found -> !found.isPublic())
                .orElseThrow(() -> new ValidatorException(ValidationDetail.field("filename", "any.allowOnly",
                        "must name a json, csv or txt file")));
        return new StoredName(expectedFolder, parts[1], base, kind);
    }
}
