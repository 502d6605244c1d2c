package io.maestro.server.api.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.server.api.identity.IdentityApiTestBase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

/** {@code MAESTRO_UPLOAD_TYPE=S3} against an in-process S3Proxy: pre-signed uploads, server-side PUT, private reads. */
class S3UploadApiTest extends IdentityApiTestBase {

    private static final String ACCESS_KEY = "maestro-test-access";
    private static final String SECRET_KEY = "maestro-test-secret";
    private static final String PUBLIC_BUCKET = "maestro-public";
    private static final String PRIVATE_BUCKET = "maestro-private";
    private static final String ENDPOINT = startS3Proxy();
    private static final S3Client S3 = S3Client.builder()
            .endpointOverride(URI.create(ENDPOINT))
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
            .build();

    static {
        S3.createBucket(request -> request.bucket(PUBLIC_BUCKET));
        S3.createBucket(request -> request.bucket(PRIVATE_BUCKET));
    }

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        registry.add("maestro.upload.type", () -> "S3");
        registry.add("maestro.upload.s3.endpoint", () -> ENDPOINT);
        registry.add("maestro.upload.s3.access-key-id", () -> ACCESS_KEY);
        registry.add("maestro.upload.s3.secret-access-key", () -> SECRET_KEY);
        registry.add("maestro.upload.s3.bucket", () -> PUBLIC_BUCKET);
        registry.add("maestro.upload.s3.private-bucket", () -> PRIVATE_BUCKET);
        registry.add("maestro.upload.s3.region", () -> "us-east-1");
    }

    @Test
    void theBrowserUploadsAnAvatarStraightToTheBucketWithAPresignedPut() throws Exception {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        Answer signed = get("/users/upload?filetype=image/png&filename=avatar", me.token());

        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        JsonNode answer = signed.json();
        String key = "users/" + me.id() + "/avatar.png";
        assertThat(answer.path("filename").asString()).isEqualTo(key);
        assertThat(answer.path("signedRequest").asString()).startsWith(ENDPOINT + "/" + PUBLIC_BUCKET + "/" + key)
                .contains("X-Amz-Expires=60");
        assertThat(answer.path("url").asString()).isEqualTo(ENDPOINT + "/" + PUBLIC_BUCKET + "/" + key);
        assertThat(answer.path("headers").path("Content-Type").asString()).isEqualTo("image/png");

        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(answer.path("signedRequest").asString()))
                .header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(UploadRequests.PNG)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(S3.getObjectAsBytes(request -> request.bucket(PUBLIC_BUCKET).key(key)).asByteArray())
                .isEqualTo(UploadRequests.PNG);
    }

    @Test
    void privateFilesGoToThePrivateBucketAndAreReadBackThroughTheServer() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        byte[] inventory = "{\"servers\":[{\"name\":\"db-1\"}]}".getBytes(StandardCharsets.UTF_8);
        Answer stored = send(UploadRequests.rawPut(url("/users/upload?ext=json&folder=users&name=inventory"), me.token(),
                "application/json", inventory));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        String key = "users/" + me.id() + "/inventory.json";
        assertThat(S3.getObjectAsBytes(request -> request.bucket(PRIVATE_BUCKET).key(key)).asByteArray()).isEqualTo(inventory);

        Answer read = get("/users/upload/file/?filename=" + key, me.token());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("servers").get(0).path("name").asString()).isEqualTo("db-1");
        assertThat(get("/users/upload/file/?filename=users/" + me.id() + "/missing.json", me.token()).status()).isEqualTo(404);
        assertThat(get("/users/upload/file/?filename=../" + key, me.token()).status()).isEqualTo(400);
    }

    private static String startS3Proxy() {
        try {
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(new TransientNio2BlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (!"STARTED".equals(proxy.getState()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    proxy.stop();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
            return "http://127.0.0.1:" + proxy.getPort();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
    }
}
