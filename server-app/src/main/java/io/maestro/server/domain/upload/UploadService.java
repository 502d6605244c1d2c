package io.maestro.server.domain.upload;

import io.maestro.common.upload.UploadStore;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.PermissionException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Avatars and private artifacts (Maestro 0.6 §2.10): the signed-upload answer, the local {@code PUT}, and private
 * reads by other services or by the file's owner. Types come from a fixed allow-list and the content must match.
 * Public files (images) go to the uploads store's public area, the others to its private one.
 */
public class UploadService {

    /** How long a browser may use a pre-signed upload URL of a bucket, as in Maestro 0.6. */
    private static final Duration SIGNED_UPLOAD_LIFETIME = Duration.ofSeconds(60);

    /** The private file a reader asked for, with its type. */
    public record PrivateFile(UploadKind kind, byte[] content) {
    }

    /** Where a stored file is known ({@code filename}) and, for public files, served ({@code url}). */
    public record StoredUpload(String filename, String url) {
    }

    private final UploadStore publicArea;
    private final UploadStore privateArea;
    private final long maxBytes;

    public UploadService(UploadStore publicArea, UploadStore privateArea, long maxBytes) {
        this.publicArea = publicArea;
        this.privateArea = privateArea;
        this.maxBytes = maxBytes;
    }

    public UploadStore publicArea() {
        return publicArea;
    }

    public UploadStore privateArea() {
        return privateArea;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * {@code GET /<folder>/upload?filetype&filename}.
     *
     * @param apiBase       this server's external base URL ({@code API_URL} or the request's)
     * @param authorization the caller's {@code Authorization} header
     */
    public SignedUpload prepare(UploadFolder folder, String ownerId, String filetype, String filename, String apiBase,
            String authorization) {
        UploadKind kind = UploadKind.ofMimeType(filetype).orElseThrow(() -> new ValidatorException(ValidationDetail.field(
                "filetype", "any.allowOnly", "must be one of image/jpeg, image/jpg, image/gif, image/png, "
                        + "application/json, text/csv, text/plain")));
        StoredName name = new StoredName(folder, ownerId, StoredName.kebabName("filename", filename), kind);
        String localUploadUrl = UriComponentsBuilder.fromUriString(apiBase).path("/users/upload")
                .queryParam("ext", kind.extension())
                .queryParam("folder", folder.path())
                .queryParam("name", name.baseName())
                .build().toUriString();
        UploadStore area = areaOf(kind);
        Optional<String> straightToTheBucket = area.presignedPut(name.key(), kind.mimeType(), SIGNED_UPLOAD_LIFETIME);
        if (straightToTheBucket.isPresent()) {
            String url = kind.isPublic() ? area.directUrl(name.key()).orElse(null) : null;
            return new SignedUpload(straightToTheBucket.get(), url, name.key(),
                    Map.of("Content-Type", kind.mimeType()));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-type", "application/octet-stream");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return new SignedUpload(localUploadUrl, null, name.key(), headers);
    }

    /**
     * {@code PUT /users/upload?ext&folder&name}: stores the caller's file.
     *
     * @param declaredType the content type the client declared for the file, if any
     */
    public StoredUpload store(String ownerId, String folderPath, String ext, String requestedName, byte[] content,
            String declaredType, String apiBase) {
        UploadFolder folder = UploadFolder.ofPath(folderPath).orElseThrow(() -> new ValidatorException(
                ValidationDetail.field("folder", "any.allowOnly", "must be one of users, teams")));
        UploadKind kind = UploadKind.ofExtension(ext).orElseThrow(() -> new ValidatorException(
                ValidationDetail.field("ext", "any.allowOnly", "must be one of jpg, jpeg, gif, png, json, csv, txt")));
        StoredName name = new StoredName(folder, ownerId, StoredName.kebabName("name", requestedName), kind);
        if (content == null || content.length == 0) {
            throw new ValidatorException(ValidationDetail.field("file", "any.required", "is required and must not be empty"));
        }
        if (content.length > maxBytes) {
            throw new FileTooLargeException(maxBytes);
        }
        if (!kind.acceptsDeclared(declaredType) || !kind.recognises(content)) {
            throw new ValidatorException(ValidationDetail.field("file", "any.invalid",
                    "content is not a valid " + kind.mimeType() + " file"));
        }
        areaOf(kind).write(name.key(), kind.mimeType(), content);
        return new StoredUpload(name.key(), kind.isPublic() ? publicUrl(name, apiBase) : null);
    }

    /**
     * {@code GET /<folder>/upload/file/?filename=}: another service may read any private file, a user only their own.
     *
     * @param readerUserId the reading user's id, or null for a service
     */
    public PrivateFile read(UploadFolder folder, String filename, String readerUserId) {
        StoredName name = StoredName.parsePrivate(folder, filename);
        if (readerUserId != null && !readerUserId.equals(name.ownerId())) {
            throw new PermissionException("Only the owner of a file or a Maestro service may read it");
        }
        byte[] content = privateArea.read(name.key()).orElseThrow(() -> new NotFoundException("File not found"));
        return new PrivateFile(name.kind(), content);
    }

    /** The object's URL in a bucket; a local public file is served at {@code /static/<key>}. */
    private String publicUrl(StoredName name, String apiBase) {
        return publicArea.directUrl(name.key()).orElseGet(() -> apiBase + "/static/" + name.key());
    }

    private UploadStore areaOf(UploadKind kind) {
        return kind.isPublic() ? publicArea : privateArea;
    }
}
