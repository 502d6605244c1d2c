package io.maestro.server.api.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.server.api.identity.IdentityApiTestBase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code MAESTRO_UPLOAD_TYPE=Local}: signed upload, the local PUT, {@code /static/} and private reads. */
class LocalUploadApiTest extends IdentityApiTestBase {

    @Test
    void theSignedRequestPointsAtThisServerWithTheCallersSession() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        Answer signed = get("/users/upload?filetype=image/png&filename=My%20Photo.png", me.token());

        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        JsonNode answer = signed.json();
        assertThat(answer.path("filename").asString()).isEqualTo("users/" + me.id() + "/my-photo-png.png");
        assertThat(answer.path("signedRequest").asString())
                .isEqualTo(url("/users/upload?ext=png&folder=users&name=my-photo-png"));
        assertThat(answer.path("headers").path("Authorization").asString()).isEqualTo("JWT " + me.token());

        Answer team = get("/teams/upload?filetype=application/json&filename=inventory", me.token());
        assertThat(team.json().path("filename").asString()).isEqualTo("teams/" + me.id() + "/inventory.json");
    }

    @Test
    void theSignedRequestRefusesOtherTypesAndPaths() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        Answer exe = get("/users/upload?filetype=application/x-msdownload&filename=tool", me.token());
        assertThat(exe.status()).isEqualTo(422);
        assertThat(exe.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("filetype");
        assertThat(get("/users/upload?filetype=image/png&filename=..%2F..%2Fetc%2Fpasswd", me.token()).status()).isEqualTo(400);
        assertThat(get("/users/upload?filetype=image/png", me.token()).status()).isEqualTo(422);
        assertThat(get("/users/upload?filetype=image/png&filename=avatar", null).status()).isEqualTo(401);
    }

    @Test
    void anAvatarIsStoredAndServedUnderStatic() throws Exception {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        Answer stored = send(UploadRequests.multipartPut(url("/users/upload?ext=png&folder=users&name=avatar"), me.token(),
                "image/png", UploadRequests.PNG));

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        String filename = "users/" + me.id() + "/avatar.png";
        assertThat(stored.json().path("filename").asString()).isEqualTo(filename);
        assertThat(stored.json().path("url").asString()).isEqualTo(url("/static/" + filename));
        assertThat(UPLOAD_ROOT.resolve("public/static").resolve(filename)).hasBinaryContent(UploadRequests.PNG);

        HttpResponse<byte[]> served = HTTP.send(HttpRequest.newBuilder(URI.create(url("/static/" + filename))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(UploadRequests.PNG);
    }

    @Test
    void aPrivateJsonIsReadBackParsedByItsOwnerAndByServicesOnly() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        Account friend = account("Friend", "friend@maestrousers.com");
        byte[] inventory = "{\"servers\":[{\"name\":\"web-1\"}]}".getBytes(StandardCharsets.UTF_8);
        Answer stored = send(UploadRequests.rawPut(url("/users/upload?ext=json&folder=users&name=inventory"), me.token(),
                "application/octet-stream", inventory));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        String filename = stored.json().path("filename").asString();
        assertThat(stored.json().has("url")).isFalse();
        assertThat(UPLOAD_ROOT.resolve("_private").resolve(filename)).exists();
        assertThat(UPLOAD_ROOT.resolve("public/static").resolve(filename)).doesNotExist();

        String read = "/users/upload/file/?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8);
        Answer byOwner = get(read, me.token());
        assertThat(byOwner.status()).as(byOwner.toString()).isEqualTo(200);
        assertThat(byOwner.json().path("servers").get(0).path("name").asString()).isEqualTo("web-1");

        String service = new PrivateServiceTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH")).issue("discovery-app");
        assertThat(get(read, service).json().path("servers").get(0).path("name").asString()).isEqualTo("web-1");
        assertThat(get(read, friend.token()).status()).isEqualTo(403);
        assertThat(get(read, null).status()).isEqualTo(401);
        assertThat(get("/users/upload/file/?filename=users/" + me.id() + "/missing.json", me.token()).status()).isEqualTo(404);
    }

    @Test
    void readsThatLeaveTheUploadAreaAreRefused() throws Exception {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        Files.writeString(UPLOAD_ROOT.resolve("secret.json"), "{\"secret\":true}");
        String service = new PrivateServiceTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH")).issue("discovery-app");

        for (String escape : Stream.of("../secret.json", "../../secret.json", "/etc/passwd",
                "users/" + me.id() + "/../../../secret.json", "users/" + me.id() + "/..%2F..%2Fsecret.json",
                "teams/" + me.id() + "/inventory.json", "users/not-an-owner/inventory.json", "users/" + me.id() + "/Inventory.json")
                .toList()) {
            Answer refused = get("/users/upload/file/?filename=" + URLEncoder.encode(escape, StandardCharsets.UTF_8), service);
            assertThat(refused.status()).as(escape + " → " + refused).isEqualTo(400);
            assertThat(refused.error()).isEqualTo("ProcessError");
        }
        Answer script = get("/users/upload/file/?filename=users/" + me.id() + "/run.sh", service);
        assertThat(script.status()).isEqualTo(422);
        Answer image = get("/teams/upload/file/?filename=teams/" + me.id() + "/avatar.png", service);
        assertThat(image.status()).isEqualTo(422);
    }

    @Test
    void writesWithPathsOddTypesOrWrongContentAreRefused() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        byte[] text = "hello".getBytes(StandardCharsets.UTF_8);

        Answer escape = send(UploadRequests.rawPut(url("/users/upload?ext=json&folder=users&name=..%2F..%2Fevil"),
                me.token(), "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(escape.status()).isEqualTo(400);
        assertThat(send(UploadRequests.rawPut(url("/users/upload?ext=json&folder=..&name=evil"), me.token(),
                "application/json", "{}".getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(422);
        Answer oddExtension = send(UploadRequests.rawPut(url("/users/upload?ext=sh&folder=users&name=run"), me.token(),
                "text/plain", text));
        assertThat(oddExtension.status()).isEqualTo(422);
        assertThat(oddExtension.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("ext");
        Answer fakePng = send(UploadRequests.multipartPut(url("/users/upload?ext=png&folder=users&name=avatar"), me.token(),
                "image/png", text));
        assertThat(fakePng.status()).isEqualTo(422);
        assertThat(send(UploadRequests.multipartPut(url("/users/upload?ext=json&folder=users&name=broken"), me.token(),
                "application/json", "{not json".getBytes(StandardCharsets.UTF_8))).status()).isEqualTo(422);
        assertThat(send(UploadRequests.multipartPut(url("/users/upload?ext=png&folder=users&name=avatar"), me.token(),
                "text/html", UploadRequests.PNG)).status()).isEqualTo(422);
        assertThat(send(UploadRequests.rawPut(url("/users/upload?ext=txt&folder=users&name=empty"), me.token(),
                "text/plain", new byte[0])).status()).isEqualTo(422);
        assertThat(Path.of(UPLOAD_ROOT.toString(), "evil.json")).doesNotExist();
    }

    @Test
    void filesOverTheSizeLimitAre413() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        byte[] big = new byte[70 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Answer raw = send(UploadRequests.rawPut(url("/users/upload?ext=txt&folder=users&name=big"), me.token(), "text/plain", big));
        assertThat(raw.status()).isEqualTo(413);
        assertThat(raw.error()).isEqualTo("PayloadTooLargeError");
        Answer multipart = send(UploadRequests.multipartPut(url("/users/upload?ext=txt&folder=users&name=big"), me.token(),
                "text/plain", big));
        assertThat(multipart.status()).isEqualTo(413);
    }

    @Test
    void aMultipartBodyWithoutItsClosingBoundaryIs400() throws Exception {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");

        Answer cut = send(UploadRequests.multipartPutWithoutClosingBoundary(url("/users/upload?ext=txt&folder=users&name=cut"),
                me.token(), "text/plain", "half a file".getBytes(StandardCharsets.UTF_8)));

        assertThat(cut.status()).as(cut.toString()).isEqualTo(400);
        assertThat(cut.error()).isEqualTo("BadRequestError");
        try (Stream<Path> stored = Files.walk(UPLOAD_ROOT)) {
            assertThat(stored.map(Path::toString)).noneMatch(path -> path.endsWith("cut.txt"));
        }
    }

    @Test
    void aFileKeepsTheUploadLimitWhileJsonBodiesHaveTheirs() {
        // here maestro.http.max-body-size is 32KB and the upload limit 64KB
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        byte[] file = new byte[40 * 1024];
        Arrays.fill(file, (byte) 'a');

        Answer stored = send(UploadRequests.rawPut(url("/users/upload?ext=txt&folder=users&name=forty"), me.token(), "text/plain", file));
        Answer json = call("PATCH", "/me", Map.of("job", "a".repeat(40 * 1024)), me.token());

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(json.status()).isEqualTo(413);
        assertThat(json.error()).isEqualTo("PayloadTooLargeError");
    }
}
