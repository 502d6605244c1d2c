package io.maestro.discovery.provider.support.files;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code s3_<provider>}: every object under {@code path} in {@code bucket} the provider wants (e.g. {@code *.json}), or
 * the one object {@code key} names (a Terraform remote-state bucket/key), with the connection's static
 * {@code access}/{@code secret} keys. The connection's {@code url} (or a {@code url} credential) points at another
 * S3-compatible endpoint, addressed path-style; the region is the {@code region} credential, else {@code us-east-1}.
 */
@Component
public class S3Files implements FileSource {

    @Override
    public String kind() {
        return "s3";
    }

    @Override
    public Listing read(SyncConnection connection, int index, Predicate<String> wanted) {
        String bucket = FileCredentials.required(connection, "bucket");
        String objectKey = connection.credential("key");
        String prefix = objectKey != null && !objectKey.isBlank() ? objectKey.trim().replaceAll("^/+", "")
                : connection.credential("path") == null ? "" : connection.credential("path").replaceAll("^/+", "");
        try (S3Client s3 = client(connection)) {
            List<String> files = new ArrayList<>();
            if (objectKey != null && !objectKey.isBlank()) {
                files.add(prefix);
            } else {
                s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                        .map(S3Object::key)
                        .filter(wanted)
                        .forEach(files::add);
                files.sort(null);
            }
            if (index >= files.size()) {
                return new Listing(files, null, null);
            }
            String key = files.get(index);
            try {
                byte[] content = s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
                return new Listing(files, key, content);
            } catch (SdkException unreadable) {
                throw new ProviderException("s3://" + bucket + "/" + key + ": cannot be read (" + reason(unreadable) + ")");
            }
        } catch (SdkException refused) {
            throw new ProviderException("s3://" + bucket + "/" + prefix + ": " + reason(refused));
        }
    }

    private static S3Client client(SyncConnection connection) {
        String region = connection.credential("region");
        var builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(FileCredentials.required(connection, "access"),
                                FileCredentials.required(connection, "secret"))))
                .region(Region.of(region == null || region.isBlank() ? "us-east-1" : region.trim()));
        String endpoint = connection.url() != null && !connection.url().isBlank() ? connection.url()
                : connection.credential("url");
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint.trim())).forcePathStyle(true);
        }
        return builder.build();
    }

    private static String reason(SdkException failure) {
        if (failure instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            return s3.awsErrorDetails().errorCode() + ": " + s3.awsErrorDetails().errorMessage();
        }
        return failure.getClass().getSimpleName();
    }

}
