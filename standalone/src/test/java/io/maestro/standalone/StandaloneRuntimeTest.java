package io.maestro.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One boot and one restart of the whole runtime, on ports clear of a running Maestro and of ephemeral ports. */
class StandaloneRuntimeTest {

    /** Services on 21000-26900; store and broker on free ports. */
    private static final int PORT_OFFSET = 16000;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    @Test
    void bootsAllTenServicesAndKeepsDataAndSecretsAcrossARestart() throws Exception {
        StandaloneSettings settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        Path secretsFile = data.resolve("secrets.env");
        String secretsBefore;

        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            assertEveryServiceAnswersWithItsName(runtime);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretsFile))).isEqualTo("rw-------");
            secretsBefore = Files.readString(secretsFile);
            assertThat(secretsBefore).contains(SecretsFile.NAMES);
            try (MongoClient client = MongoClients.create(runtime.store().connectionString())) {
                probeCollection(client).insertOne(new Document("_id", "before-restart").append("name", "web-1"));
            }
            assertThat(post(settings, "/users", "{\"name\":\"Ada Admin\",\"email\":\"ada@example.com\",\"password\":\"s3cret-pass\"}")
                    .statusCode()).isEqualTo(201);
            String token = signIn(settings);
            assertVersionsShowTenServicesUp(settings, token);
            assertOneRequestCannotTakeTheRuntimeDown(runtime, token);
            assertAMissingReportServiceIsAFailureNamingIt(settings, token);
        }

        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            assertEveryServiceAnswersWithItsName(runtime);
            assertThat(Files.readString(secretsFile)).as("secrets are generated once and reused").isEqualTo(secretsBefore);
            try (MongoClient client = MongoClients.create(runtime.store().connectionString())) {
                Document kept = probeCollection(client).find(new Document("_id", "before-restart")).first();
                assertThat(kept).as("a document written before the restart").isNotNull();
                assertThat(kept.getString("name")).isEqualTo("web-1");
            }
            assertThat(signIn(settings)).as("the account made before the restart still signs in").isNotBlank();
        }
    }

    private static void assertEveryServiceAnswersWithItsName(StandaloneRuntime runtime) {
        Map<MaestroService, String> answers = runtime.probe();
        for (MaestroService service : MaestroService.values()) {
            assertThat(answers.get(service)).as("GET / of %s", service.appName()).isEqualTo(service.appName());
        }
    }

    /** As the dashboard does it: from its own origin, to server-app, with the token it got at sign-in. */
    private static void assertVersionsShowTenServicesUp(StandaloneSettings settings, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(settings.publicUrl(MaestroService.SERVER) + "/versions"))
                .header("Authorization", "JWT " + token)
                .header("Origin", settings.publicUrl(MaestroService.CLIENT)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(settings.publicUrl(MaestroService.CLIENT));
        JsonNode versions = JSON.readTree(response.body());
        assertThat(versions.size()).isEqualTo(10);
        versions.forEach(service -> assertThat(service.path("status").asString()).as(service.toString()).isEqualTo("UP"));
    }

    /** The ten services share this JVM: a 20 MB body is refused before it is read, and everything still answers. */
    private static void assertOneRequestCannotTakeTheRuntimeDown(StandaloneRuntime runtime, String token) throws Exception {
        StandaloneSettings settings = runtime.settings();
        HttpResponse<String> refused = post(settings, "/servers", "{\"name\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}", token);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(refused.body()).at("/err/name").asString()).isEqualTo("PayloadTooLargeError");
        assertThat(post(settings, "/servers", "{\"name\":\"web-after\"}", token).statusCode()).isEqualTo(201);
        assertEveryServiceAnswersWithItsName(runtime);
    }

    /** This runtime's reports-app does not make reports: datacenter analytics say so, without an internal address. */
    private static void assertAMissingReportServiceIsAFailureNamingIt(StandaloneSettings settings, String token) throws Exception {
        HttpResponse<String> datacenter = post(settings, "/datacenters", "{\"name\":\"dc-standalone\",\"provider\":\"AWS\"}", token);
        String id = JSON.readTree(datacenter.body()).path("_id").asString();
        HttpResponse<String> analytics = post(settings, "/datacenters/" + id + "/analytics", "{}", token);
        assertThat(analytics.statusCode()).as(analytics.body()).isEqualTo(503);
        assertThat(JSON.readTree(analytics.body()).at("/err/errors").asString()).contains("reports-app");
        assertThat(analytics.body()).doesNotContain("127.0.0.1", "localhost:", "java.");
    }

    private static String signIn(StandaloneSettings settings) throws Exception {
        HttpResponse<String> response = post(settings, "/users/auth", "{\"email\":\"ada@example.com\",\"password\":\"s3cret-pass\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("token").asString();
    }

    private static HttpResponse<String> post(StandaloneSettings settings, String path, String json) throws Exception {
        return HTTP.send(request(settings, path, json).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(StandaloneSettings settings, String path, String json, String token) throws Exception {
        return HTTP.send(request(settings, path, json).header("Authorization", "JWT " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(StandaloneSettings settings, String path, String json) {
        return HttpRequest.newBuilder(URI.create(settings.publicUrl(MaestroService.SERVER) + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static MongoCollection<Document> probeCollection(MongoClient client) {
        return client.getDatabase("maestro-client").getCollection("standalone_restart_probe");
    }
}
