package io.maestro.common.upload;

import java.time.Duration;
import java.util.Optional;

/**
 * One area of the uploads store: a local directory or an S3 bucket. Keys are relative paths such as
 * {@code users/<id>/avatar.png}, built by the caller from checked parts; a file written again replaces the old one.
 */
public interface UploadStore {

    void write(String key, String contentType, byte[] content);

    Optional<byte[]> read(String key);

    /**
     * A short-lived URL a browser may {@code PUT} the file to by itself, or empty where files can only come through
     * the service (a local directory).
     */
    Optional<String> presignedPut(String key, String contentType, Duration lifetime);

    /** Where the file is fetched without the service (the bucket object's URL), or empty (a local directory). */
    Optional<String> directUrl(String key);
}
