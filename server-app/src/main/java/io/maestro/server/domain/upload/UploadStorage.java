package io.maestro.server.domain.upload;

import java.util.Optional;

/** Where uploaded files go: a local directory pair (public, private) or an S3 bucket pair. */
public interface UploadStorage {

    /**
     * How a browser uploads {@code name} directly: to this server ({@code localUploadUrl}, with its session) or
     * to a short-lived pre-signed URL of the bucket.
     *
     * @param localUploadUrl this server's {@code PUT} upload URL for the file, query included
     * @param authorization  the caller's {@code Authorization} header, for the local upload
     */
    SignedUpload signedUpload(StoredName name, String localUploadUrl, String authorization);

    void store(StoredName name, byte[] content);

    Optional<byte[]> read(StoredName name);

    /** Where a public file is served from: {@code /static/<key>} locally, the object URL on S3. */
    String publicUrl(StoredName name, String apiBase);
}
