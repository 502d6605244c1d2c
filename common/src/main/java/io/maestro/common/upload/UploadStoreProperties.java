package io.maestro.common.upload;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The uploads store, from Maestro 0.6's variables ({@code maestro.upload.*} in each service's yml; server-app and
 * analytics-front read them).
 *
 * @param type            {@code MAESTRO_UPLOAD_TYPE}: {@code Local} or {@code S3}
 * @param root            {@code MAESTRO_TMP}: the directory the local dirs are relative to (default: working dir)
 * @param localDir        {@code LOCAL_DIR}: public files (default {@code public/static})
 * @param privateLocalDir {@code PRIVATE_LOCAL_DIR}: private files (default {@code _private})
 */
@ConfigurationProperties("maestro.upload")
public record UploadStoreProperties(String type, String root, String localDir, String privateLocalDir, S3 s3) {

    public boolean isS3() {
        return "s3".equalsIgnoreCase(type == null ? "" : type.trim());
    }

    public boolean isLocal() {
        return type == null || type.isBlank() || "local".equalsIgnoreCase(type.trim());
    }

    /** 0.6 joined {@code MAESTRO_TMP} and {@code LOCAL_DIR} as strings, so a leading slash still means "inside". */
    public Path publicDirectory() {
        return under(localDir == null || localDir.isBlank() ? "public/static" : localDir);
    }

    public Path privateDirectory() {
        return under(privateLocalDir == null || privateLocalDir.isBlank() ? "_private" : privateLocalDir);
    }

    private Path under(String relative) {
        Path base = Path.of(root == null || root.isBlank() ? "." : root);
        return base.resolve(relative.replaceFirst("^[/\\\\]+", "")).toAbsolutePath().normalize();
    }

    /**
     * @param bucket        {@code AWS_S3_BUCKET_NAME}: public files
     * @param privateBucket {@code AWS_S3_PRIVATE_BUCKET_NAME}: private files
     * @param endpoint      {@code AWS_ENDPOINT}: an S3-compatible endpoint; addressed path-style
     * @param region        {@code AWS_DEFAULT_REGION}
     */
    public record S3(String accessKeyId, String secretAccessKey, String bucket, String privateBucket, String endpoint,
            String region) {
    }
}
