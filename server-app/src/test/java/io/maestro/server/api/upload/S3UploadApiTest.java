package io.maestro.server.api.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.InProcessS3;
import io.maestro.server.api.identity.IdentityApiTestBase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** {@code MAESTRO_UPLOAD_TYPE=S3} against an in-process S3Proxy: pre-signed uploads, server-side PUT, private reads. */
class S3UploadApiTest extends IdentityApiTestBase {

    private static final String PUBLIC_BUCKET = "maestro-public";
    private static final String PRIVATE_BUCKET = "maestro-private";
    private static final InProcessS3 S3 = InProcessS3.startForThisJvm("maestro-test-access", "maestro-test-secret",
            PUBLIC_BUCKET, PRIVATE_BUCKET);
    private static final String ENDPOINT = S3.endpoint();

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        registry.add("maestro.upload.type", () -> "S3");
        registry.add("maestro.upload.s3.endpoint", () -> ENDPOINT);
        registry.add("maestro.upload.s3.access-key-id", S3::accessKey);
        registry.add("maestro.upload.s3.secret-access-key", S3::secretKey);
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
        assertThat(S3.client().getObjectAsBytes(request -> request.bucket(PUBLIC_BUCKET).key(key)).asByteArray())
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
        assertThat(S3.client().getObjectAsBytes(request -> request.bucket(PRIVATE_BUCKET).key(key)).asByteArray()).isEqualTo(inventory);

        Answer read = get("/users/upload/file/?filename=" + key, me.token());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("servers").get(0).path("name").asString()).isEqualTo("db-1");
        assertThat(get("/users/upload/file/?filename=users/" + me.id() + "/missing.json", me.token()).status()).isEqualTo(404);
        assertThat(get("/users/upload/file/?filename=../" + key, me.token()).status()).isEqualTo(400);
    }
}
