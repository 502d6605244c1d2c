package io.maestro.common.upload;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The two areas of the uploads store as {@link UploadStoreProperties} set them: public and private directories
 * ({@code Local}) or buckets ({@code S3}, one client for both). A service asks only for the areas it uses, so that
 * it needs only their settings.
 */
public final class UploadStores implements AutoCloseable {

    private final UploadStoreProperties settings;
    private final UploadStoreProperties.S3 buckets;
    private final S3Client s3;
    private final S3Presigner presigner;

    private UploadStores(UploadStoreProperties settings, UploadStoreProperties.S3 buckets, S3Client s3,
            S3Presigner presigner) {
        this.settings = settings;
        this.buckets = buckets;
        this.s3 = s3;
        this.presigner = presigner;
    }

    /** @throws IllegalStateException for a {@code MAESTRO_UPLOAD_TYPE} other than {@code Local} or {@code S3} */
    public static UploadStores open(UploadStoreProperties settings) {
        if (settings.isLocal()) {
            return new UploadStores(settings, null, null, null);
        }
        if (!settings.isS3()) {
            throw new IllegalStateException("MAESTRO_UPLOAD_TYPE must be Local or S3, not '" + settings.type() + "'");
        }
        UploadStoreProperties.S3 s3 = settings.s3() == null
                ? new UploadStoreProperties.S3(null, null, null, null, null, null) : settings.s3();
        Region region = Region.of(isBlank(s3.region()) ? "us-east-1" : s3.region());
        AwsCredentialsProvider credentials = isBlank(s3.accessKeyId())
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKeyId(), s3.secretAccessKey()));
        // custom endpoints (MinIO, Ceph, S3Proxy...) are addressed path-style and get checksums only where required
        boolean custom = !isBlank(s3.endpoint());
        S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(custom).build();
        // the HTTP client named: with several SDK HTTP clients on one class path (standalone) the SDK refuses to guess
        var client = S3Client.builder().region(region).credentialsProvider(credentials)
                .httpClientBuilder(ApacheHttpClient.builder())
                .serviceConfiguration(pathStyle);
        var presigner = S3Presigner.builder().region(region).credentialsProvider(credentials)
                .serviceConfiguration(pathStyle);
        if (custom) {
            client.endpointOverride(URI.create(s3.endpoint()))
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
            presigner.endpointOverride(URI.create(s3.endpoint()));
        }
        return new UploadStores(settings, s3, client.build(), presigner.build());
    }

    /** Public files: {@code LOCAL_DIR} or {@code AWS_S3_BUCKET_NAME}. */
    public UploadStore publicArea() {
        return s3 == null ? new LocalUploadStore(settings.publicDirectory())
                : bucket(buckets.bucket(), "AWS_S3_BUCKET_NAME");
    }

    /** Private files: {@code PRIVATE_LOCAL_DIR} or {@code AWS_S3_PRIVATE_BUCKET_NAME}. */
    public UploadStore privateArea() {
        return s3 == null ? new LocalUploadStore(settings.privateDirectory())
                : bucket(buckets.privateBucket(), "AWS_S3_PRIVATE_BUCKET_NAME");
    }

    /** Where an area is, for the services' start-up log: a directory, or a bucket and its endpoint. */
    public String describe(UploadStore area) {
        if (area instanceof S3UploadStore inBucket) {
            return "S3 bucket " + inBucket.bucket() + (isBlank(buckets.endpoint()) ? "" : " at " + buckets.endpoint());
        }
        return area instanceof LocalUploadStore local ? local.root().toString() : area.toString();
    }

    private UploadStore bucket(String name, String variable) {
        if (isBlank(name)) {
            throw new IllegalStateException("MAESTRO_UPLOAD_TYPE=S3 needs " + variable);
        }
        return new S3UploadStore(s3, presigner, name);
    }

    @Override
    public void close() {
        if (s3 != null) {
            s3.close();
            presigner.close();
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
