package io.maestro.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.maestro.standalone.store.CrashImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One boot and one restart of the whole runtime, on ports clear of a running Maestro and of ephemeral ports. The
 * restart is from the files a {@code kill -9} in the middle of a file import leaves behind (the store's files copied
 * while it runs, without the final snapshot of a clean stop): what was acknowledged is there, and the import does not
 * stay "In progress".
 */
class StandaloneRuntimeTest {

    /** Services on 21000-26900; store and broker on free ports. */
    private static final int PORT_OFFSET = 16000;
    /** The servers of the imported file: enough for the import to be under way when the runtime is stopped. */
    private static final int IMPORTED = 5000;
    private static final String TASK = "server-import";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    @TempDir
    Path crashed;

    @Test
    void bootsAllTenServicesAndKeepsDataAndSecretsAcrossARestartAfterACrashDuringAnImport() throws Exception {
        StandaloneSettings settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        StandaloneSettings afterCrash = new StandaloneSettings(crashed, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        String secretsBefore;
        String connection;
        // the services read system properties too: the import's lost steps are noticed in seconds, not in 40
        System.setProperty("maestro.discovery.stale-after", "3s");
        System.setProperty("maestro.discovery.watchdog-interval", "1s");

        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            assertEveryServiceAnswersWithItsName(runtime);
            Path secretsFile = data.resolve("secrets.env");
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
            assertDatacenterAnalyticsStartTheirReports(settings, token);

            connection = startFileImport(settings, token);
            try (MongoClient client = MongoClients.create(runtime.store().connectionString())) {
                awaitPartOfTheImportStored(client, connection);
                copyAsAKilledRuntimeLeavesIt(data, crashed);
            }
        } finally {
            System.clearProperty("maestro.discovery.stale-after");
            System.clearProperty("maestro.discovery.watchdog-interval");
        }

        System.setProperty("maestro.discovery.stale-after", "3s");
        System.setProperty("maestro.discovery.watchdog-interval", "1s");
        try (StandaloneRuntime runtime = StandaloneRuntime.start(afterCrash)) {
            assertEveryServiceAnswersWithItsName(runtime);
            assertThat(Files.readString(crashed.resolve("secrets.env"))).as("secrets are generated once and reused")
                    .isEqualTo(secretsBefore);
            try (MongoClient client = MongoClients.create(runtime.store().connectionString())) {
                Document kept = probeCollection(client).find(new Document("_id", "before-restart")).first();
                assertThat(kept).as("a document written before the restart").isNotNull();
                assertThat(kept.getString("name")).isEqualTo("web-1");
            }
            String token = signIn(afterCrash);
            assertThat(token).as("the account made before the restart still signs in").isNotBlank();

            JsonNode interrupted = awaitTaskEnded(afterCrash, token, connection);
            assertThat(interrupted.path("state").asString()).as(interrupted.toString()).isIn("danger", "success");
            assertThat(put(afterCrash, "/connections/" + connection + "/task/" + TASK, token).statusCode()).isEqualTo(200);
            JsonNode rerun = awaitTaskEnded(afterCrash, token, connection);
            assertThat(rerun.path("state").asString()).as(rerun.toString()).isEqualTo("success");
            try (MongoClient client = MongoClients.create(runtime.store().connectionString())) {
                assertThat(importedServers(client, connection).into(new ArrayList<>()))
                        .as("every server of the file, once").hasSize(IMPORTED)
                        .extracting(server -> server.getString("unique_id")).doesNotHaveDuplicates();
            }
        } finally {
            System.clearProperty("maestro.discovery.stale-after");
            System.clearProperty("maestro.discovery.watchdog-interval");
        }
    }

    /**
     * Uploads a JSON file of {@link #IMPORTED} servers as the dashboard does, makes a File connection on a new
     * datacenter and starts its server-import; answers the connection's id.
     */
    private static String startFileImport(StandaloneSettings settings, String token) throws Exception {
        List<Map<String, Object>> servers = new ArrayList<>();
        for (int i = 0; i < IMPORTED; i++) {
            servers.add(Map.of("name", "imported-" + i, "ipv4_private", "10.2." + i / 250 + "." + i % 250, "cpu", 2));
        }
        HttpResponse<String> ticket = HTTP.send(HttpRequest.newBuilder(URI.create(settings.publicUrl(MaestroService.SERVER)
                        + "/users/upload?filetype=application/json&filename=inventory.json"))
                .header("Authorization", "JWT " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(200);
        JsonNode signed = JSON.readTree(ticket.body());
        HttpRequest.Builder upload = HttpRequest.newBuilder(URI.create(signed.path("signedRequest").asString()))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("servers", servers))));
        signed.path("headers").properties().forEach(header -> {
            if (!"content-type".equalsIgnoreCase(header.getKey())) {
                upload.header(header.getKey(), header.getValue().asString());
            }
        });
        HttpResponse<String> uploaded = HTTP.send(upload.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isBetween(200, 204);

        HttpResponse<String> datacenter = post(settings, "/datacenters", "{\"name\":\"dc-imports\",\"provider\":\"File\"}", token);
        assertThat(datacenter.statusCode()).as(datacenter.body()).isEqualTo(201);
        String connectionBody = JSON.writeValueAsString(Map.of("name", "json import", "provider", "File",
                "service", "upload_file", "dc", "dc-imports", "dc_id", JSON.readTree(datacenter.body()).path("_id").asString(),
                "regions", List.of(), "conn", Map.of("artifacts", List.of(signed.path("filename").asString()))));
        HttpResponse<String> created = post(settings, "/connections", connectionBody, token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String connection = JSON.readTree(created.body()).path("_id").asString();
        HttpResponse<String> started = put(settings, "/connections/" + connection + "/task/" + TASK, token);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        return connection;
    }

    private static void awaitPartOfTheImportStored(MongoClient client, String connection) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (importedServers(client, connection).first() == null) {
            assertThat(System.nanoTime()).as("the import stores its first servers").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static FindIterable<Document> importedServers(MongoClient client, String connection) {
        return client.getDatabase("maestro-client").getCollection("servers")
                .find(new Document("accountant", connection));
    }

    /**
     * What a {@code kill -9} leaves: the store's files as they are at this instant (each acknowledged change is in the
     * journal, the last record may be torn), the secrets and the uploaded files; no final snapshot.
     */
    private static void copyAsAKilledRuntimeLeavesIt(Path from, Path to) throws Exception {
        CrashImage.copyStore(from.resolve("store"), to.resolve("store"));
        Files.copy(from.resolve("secrets.env"), to.resolve("secrets.env"), StandardCopyOption.COPY_ATTRIBUTES);
        try (Stream<Path> files = Files.walk(from.resolve("files"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** The task's state on the connection once it is no longer "In progress" (within 60 s). */
    private static JsonNode awaitTaskEnded(StandaloneSettings settings, String token, String connection) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(settings.publicUrl(MaestroService.SERVER)
                    + "/connections/" + connection)).header("Authorization", "JWT " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode state = JSON.readTree(read.body()).path("process").path(TASK);
            if (!state.path("state").asString().isEmpty() && !"warning".equals(state.path("state").asString())) {
                return state;
            }
            assertThat(System.nanoTime()).as("the task ends; it says " + state).isLessThan(deadline);
            Thread.sleep(200);
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

    /** Datacenter analytics start their two reports (servers and applications) on this runtime's reports-app. */
    private static void assertDatacenterAnalyticsStartTheirReports(StandaloneSettings settings, String token) throws Exception {
        HttpResponse<String> datacenter = post(settings, "/datacenters", "{\"name\":\"dc-standalone\",\"provider\":\"AWS\"}", token);
        String id = JSON.readTree(datacenter.body()).path("_id").asString();
        HttpResponse<String> analytics = post(settings, "/datacenters/" + id + "/analytics", "{}", token);
        assertThat(analytics.statusCode()).as(analytics.body()).isEqualTo(200);
        assertThat(analytics.body()).contains("\"component\":\"Servers\"", "\"component\":\"Applications\"")
                .doesNotContain("127.0.0.1", "localhost:", "java.");
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

    private static HttpResponse<String> put(StandaloneSettings settings, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(settings.publicUrl(MaestroService.SERVER) + path))
                .header("Authorization", "JWT " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(StandaloneSettings settings, String path, String json) {
        return HttpRequest.newBuilder(URI.create(settings.publicUrl(MaestroService.SERVER) + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static MongoCollection<Document> probeCollection(MongoClient client) {
        return client.getDatabase("maestro-client").getCollection("standalone_restart_probe");
    }
}
