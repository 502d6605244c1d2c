package io.maestro.discovery.provider.digitalocean;

import io.maestro.discovery.provider.SyncConnection;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A Spaces region played by an in-process S3Proxy (S3-compatible, as Spaces is) holding the buckets
 * {@code static-images} and {@code backups}, and a connection whose URL points the provider at it.
 */
public final class SpacesTestCloud implements AutoCloseable {

    public static final String ACCESS = "DO00SPACESKEY";
    public static final String SECRET = "spaces-Secret-key-5";

    private final S3Proxy proxy;
    private final String endpoint;

    public SpacesTestCloud() throws Exception {
        proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET).build();
        proxy.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"STARTED".equals(proxy.getState()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        endpoint = "http://127.0.0.1:" + proxy.getPort();
        try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS, SECRET)))
                .build()) {
            s3.createBucket(request -> request.bucket("static-images"));
            s3.createBucket(request -> request.bucket("backups"));
        }
    }

    /** A connection to the region {@code ams3}, signed with {@link #ACCESS} and the given secret. */
    public SyncConnection connection(String secret) {
        return new SyncConnection("64e100000000000000000001", "spaces", "Spaces", "Spaces (DO)", "DO DC",
                "64e100000000000000000002", List.of("ams3 (Amsterdam 3)"), endpoint, null,
                Map.of("_id", "64e100000000000000000003"), List.of(), Map.of("access", ACCESS, "secret", secret));
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
    }
}
