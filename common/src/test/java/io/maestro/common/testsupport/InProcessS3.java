package io.maestro.common.testsupport;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible endpoint in this JVM (S3Proxy, objects in memory) on a free loopback port, taking requests signed
 * with one key pair. A module that uses it declares {@code org.gaul:s3proxy} as a test dependency.
 */
public final class InProcessS3 implements AutoCloseable {

    private final S3Proxy proxy;
    private final String accessKey;
    private final String secretKey;
    private final String endpoint;
    private final S3Client client;

    private InProcessS3(S3Proxy proxy, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.endpoint = "http://127.0.0.1:" + proxy.getPort();
        this.client = S3Client.builder().endpointOverride(URI.create(endpoint)).forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .build();
    }

    /** Starts the endpoint and creates {@code buckets} in it. */
    public static InProcessS3 start(String accessKey, String secretKey, String... buckets) {
        try {
            S3Proxy proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey).build();
            proxy.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (!"STARTED".equals(proxy.getState())) {
                proxy.stop();
                throw new IllegalStateException("S3Proxy did not start within 30 s: " + proxy.getState());
            }
            InProcessS3 s3 = new InProcessS3(proxy, accessKey, secretKey);
            for (String bucket : buckets) {
                s3.client.createBucket(request -> request.bucket(bucket));
            }
            return s3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while S3Proxy started", e);
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
    }

    /** As {@link #start}, stopped when the JVM ends: for an endpoint held in a static field of a Spring test. */
    public static InProcessS3 startForThisJvm(String accessKey, String secretKey, String... buckets) {
        InProcessS3 s3 = start(accessKey, secretKey, buckets);
        Runtime.getRuntime().addShutdownHook(new Thread(s3::close));
        return s3;
    }

    /** {@code http://127.0.0.1:<port>}, to be addressed path-style. */
    public String endpoint() {
        return endpoint;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** A client signed with the endpoint's keys, to put and read objects around the code under test. */
    public S3Client client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
    }
}
