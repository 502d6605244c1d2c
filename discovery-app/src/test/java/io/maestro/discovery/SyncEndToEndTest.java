package io.maestro.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.discovery.domain.RunUnit;
import io.maestro.discovery.domain.SyncPipeline;
import io.maestro.discovery.domain.SyncRun;
import io.maestro.discovery.domain.SyncStep;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * A file import from start to end, in one JVM: data-app, audit-app, websocket-app and discovery-app on the in-process
 * store and the real RabbitMQ, server-app played by WireMock serving the uploaded file. The second run drops one
 * server and changes another.
 */
class SyncEndToEndTest extends EndToEndTest {
    private static final String UPLOADED = "users/owner/inventory.json";
    private static final String SECRET = "never-shown-Zq83hT";

    private static WireMockServer serverApp;

    @BeforeAll
    static void startFileImports() {
        startServices("discovery-e2e", "--maestro.discovery.translate-chunk=2",
                "--maestro.discovery.progress-interval=0s");
        serverApp = services.serverApp();
    }

    private static void uploadedFile(List<Object> servers) {
        services.resetServerApp();
        serverApp.stubFor(get(urlPathEqualTo("/users/upload/file")).withQueryParam("filename", equalTo(UPLOADED))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(JSON.writeValueAsString(Map.of("servers", servers)))));
    }

    private static Map<String, Object> server(String name, String ip, int cpu) {
        return Map.of("name", name, "hostname", name + ".local", "ipv4_private", ip, "cpu", cpu,
                "os", Map.of("base", "Linux", "dist", "Ubuntu"), "datacenters", Map.of("zone", "rack-1"));
    }

    /** A server whose {@code os} holds dotted keys, as providers write them (the audit store could not keep them as they are). */
    private static Map<String, Object> serverWithDottedKeys(String name, String ip, int cpu) {
        Map<String, Object> server = new LinkedHashMap<>(server(name, ip, cpu));
        server.put("os", Map.of("base", "Linux", "dist", "Ubuntu", "kernel.release", "6.1", "a.b", Map.of("c.d", 1)));
        return server;
    }

    private static HttpResponse<String> crawl(ObjectId connection) throws Exception {
        return crawl("file", connection, "server-import");
    }

    private static Document process(ObjectId connection) {
        return services.finishedState(connection, "server-import");
    }

    private static Document named(String name) {
        return inventory.findOne(Query.query(Criteria.where("name").is(name)), Document.class, "servers");
    }

    /** A datacenter and a file connection of the owner reading {@code uploaded}, with a secret in its credentials. */
    private static ObjectId connection(ObjectId owner, String uploaded) {
        return services.storeConnection(owner, "Imports DC", new Document("name", "json import").append("provider", "File")
                .append("service", "upload_file").append("regions", List.of()),
                Map.of("artifacts", List.of(uploaded), "note", SECRET));
    }

    /** The connection's credentials as stored, sealed. */
    private static String sealed(ObjectId connection) {
        return inventory.findById(connection, Document.class, "connections").getString("conn");
    }

    @Test
    void aFileTheProviderCannotReadIsTheTasksDangerStateNamingTheFile() throws Exception {
        ObjectId connection = connection(new ObjectId(), "users/owner/missing.json");

        assertThat(crawl(connection).statusCode()).isEqualTo(201);
        Document state = eventually(() -> process(connection), "the failed run's state");

        assertThat(state.getString("state")).isEqualTo("danger");
        assertThat(state.getString("msg")).startsWith(
                "maestro_template in all: users/owner/missing.json: server-app refused the file (404). At ");
    }

    @Test
    void importsThenDeactivatesWhatVanishedUpdatesWhatChangedAndLeavesTheRest(CapturedOutput output) throws Exception {
        ObjectId owner = new ObjectId();
        ObjectId connection = connection(owner, UPLOADED);
        String sealed = sealed(connection);
        ObjectId datacenter = datacenterOf(connection);
        uploadedFile(List.of(server("app-a", "10.0.0.1", 2), serverWithDottedKeys("app-b", "10.0.0.2", 2),
                server("app-c", "10.0.0.3", 2), "not a server", Map.of("os", Map.of("base", "no name"))));

        try (Browser browser = Browser.listen(services.websocketPort(), owner.toHexString())) {
            HttpResponse<String> started = crawl(connection);

            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            assertThat(started.body()).doesNotContain(SECRET).doesNotContain(sealed);
            JsonNode answer = JSON.readTree(started.body());
            assertThat(answer.path("msg").asString()).isEqualTo("In progress. server-import");
            assertThat(answer.path("conn_id").asString()).isEqualTo(connection.toHexString());
            assertThat(answer.path("status").asString()).isEqualTo("warning");
            Document firstState = eventually(() -> process(connection), "the first run's state");
            assertThat(firstState.getString("state")).as(firstState.toJson()).isEqualTo("success");
            assertThat(firstState.getString("msg")).startsWith("Success. 3 created, 0 updated, 0 unchanged, 0 deactivated. At ");
            JsonNode push = browser.nextNotice();
            assertThat(push.at("/data/notify/title").asString()).isEqualTo("Imports DC");
            assertThat(push.at("/data/notify/msg").asString()).isEqualTo("Finish Sync - [File] server-import");
            assertThat(push.at("/data/notify/type").asString()).isEqualTo("success");
            assertThat(push.at("/data/event/caller/1").asString()).isEqualTo("connections-" + connection.toHexString());
            assertThat(browser.eventsOnly()).as("progress pushed while the chunks loaded, without a toast").isNotEmpty()
                    .allSatisfy(progress -> {
                        assertThat(progress.at("/data/notify").isMissingNode()).isTrue();
                        assertThat(progress.at("/data/event/caller/1").asString())
                                .isEqualTo("connections-" + connection.toHexString());
                    });
        }
        Document a = named("app-a");
        Document c = named("app-c");
        assertThat(a.getString("unique_id")).isEqualTo("file:" + connection.toHexString() + ":app-a");
        assertThat(a.getBoolean("active")).isTrue();
        assertThat(a.getList("accountant", String.class)).containsExactly(connection.toHexString());
        assertThat(a.getList("roles", Document.class).get(0).getObjectId("_id")).isEqualTo(owner);
        assertThat(a.get("datacenters", Document.class)).containsEntry("_id", datacenter).containsEntry("zone", "rack-1")
                .containsEntry("name", "Imports DC");
        assertThat(a.get("first_seen_at")).isInstanceOf(Date.class).isEqualTo(a.get("last_seen_at"));
        assertThat(eventually(() -> auditRows(a).isEmpty() ? null : auditRows(a), "the audit of app-a")).singleElement()
                .satisfies(row -> assertThat(row.getString("user")).isEqualTo("discovery (json import)"));

        uploadedFile(List.of(server("app-a", "10.0.0.1", 2), serverWithDottedKeys("app-b", "10.0.0.2", 8)));
        services.forgetStates(connection);
        Thread.sleep(1100); // so that the second run's last_seen_at is a later second than the first's

        HttpResponse<String> second = crawl(connection);
        assertThat(second.statusCode()).isEqualTo(201);
        Document secondState = eventually(() -> process(connection), "the second run's state");

        assertThat(secondState.getString("msg")).as(secondState.toJson())
                .startsWith("Success. 0 created, 1 updated, 1 unchanged, 1 deactivated. At ");
        Document vanished = named("app-c");
        assertThat(vanished.getBoolean("active")).isFalse();
        assertThat(vanished.get("last_seen_at")).isEqualTo(c.get("last_seen_at"));
        Document changed = named("app-b");
        assertThat(changed.getInteger("cpu")).isEqualTo(8);
        assertThat(changed.get("os", Document.class)).containsEntry("kernel.release", "6.1");
        assertThat(changed.get("first_seen_at")).isEqualTo(a.get("first_seen_at"));
        assertThat(eventually(() -> auditRows(changed).size() == 2 ? auditRows(changed) : null, "the audit of app-b"))
                .extracting(row -> row.get("body", Document.class) == null ? null : row.get("body", Document.class).get("cpu"))
                .isNotEmpty();
        Document untouched = named("app-a");
        assertThat((Date) untouched.get("last_seen_at")).isAfter((Date) a.get("last_seen_at"));
        assertThat(untouched.get("updated_at")).isEqualTo(a.get("updated_at"));
        assertThat(auditRows(untouched)).hasSize(1);
        assertThat(auditRows(vanished)).hasSize(1);
        assertThat(inventory.count(Query.query(Criteria.where("accountant").is(connection.toHexString())), "servers"))
                .isEqualTo(3);

        redeliveredStepsChangeNothing(connection, JSON.readTree(second.body()).path("run_id").asString(), secondState);

        assertThat(services.published()).isNotEmpty().noneMatch(body -> body.contains(SECRET) || body.contains(sealed));
        assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain(sealed);
    }

    /**
     * A chunk's history is one message. A load step run again after a crash that came between its data-app write and
     * its audit message (so the message never left and its records now look unchanged) publishes the chunk's records
     * again: audit-app records the one whose history is missing and skips the one it has.
     */
    @Test
    void eachChunkIsOneAuditMessageAndAChunkLoadedAgainGetsOnlyTheMissingHistory() throws Exception {
        ObjectId owner = new ObjectId();
        String uploaded = "users/owner/chunks.json";
        ObjectId connection = connection(owner, uploaded);
        List<String> names = List.of("chunk-a", "chunk-b", "chunk-c", "chunk-d", "chunk-e");
        services.resetServerApp();
        serverApp.stubFor(get(urlPathEqualTo("/users/upload/file")).withQueryParam("filename", equalTo(uploaded))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(
                        Map.of("servers", names.stream().map(name -> server(name, "10.1.0.1", 1)).toList())))));

        HttpResponse<String> started = crawl(connection);
        String runId = JSON.readTree(started.body()).path("run_id").asString();
        assertThat(eventually(() -> process(connection), "the run's state").getString("msg"))
                .startsWith("Success. 5 created, ");
        for (String name : names) {
            assertThat(eventually(() -> auditRows(named(name)).isEmpty() ? null : auditRows(named(name)),
                    "the audit of " + name)).hasSize(1);
        }
        List<JsonNode> auditMessages = published(runId + ":load:", ":audit");
        assertThat(auditMessages).as("one audit message per chunk of 2").hasSize(3);
        assertThat(auditMessages).flatExtracting(message -> message.at("/payload/records").valueStream()
                .map(entry -> entry.path("change").asString()).toList()).containsOnly("CREATE").hasSize(5);

        JsonNode firstChunk = published(runId + ":load:", ":0").get(0);
        SyncStep.Load load = JSON.treeToValue(firstChunk.path("payload"), SyncStep.Load.class);
        List<Document> chunkServers = load.items().stream().map(item -> named((String) item.get("name"))).toList();
        Document lost = chunkServers.get(0);
        Document kept = chunkServers.get(1);
        // as if the crash came before the chunk's audit message left: neither that message nor the history of its records
        history.remove(Query.query(Criteria.where("entity_id").is(lost.getObjectId("_id"))), "audits");
        history.remove(Query.query(Criteria.where("entity_id").is(lost.getObjectId("_id"))), "snapshots");

        services.discoveryApp().getBean(SyncPipeline.class).handle(load);

        assertThat(eventually(() -> auditRows(lost).isEmpty() ? null : auditRows(lost), "the lost history"))
                .singleElement().satisfies(row -> assertThat(row.getString("change")).isEqualTo("create"));
        Thread.sleep(1000); // the kept record's entry is in the same message: recorded, or skipped, by now
        assertThat(auditRows(kept)).as("no second row for a record whose history was there").hasSize(1);
    }

    /** The JSON of every message discovery-app published whose id starts and ends so. */
    private static List<JsonNode> published(String idStart, String idEnd) {
        return services.published().stream().map(JSON::readTree).filter(message -> {
            String id = message.path("messageId").asString();
            return id.startsWith(idStart) && id.endsWith(idEnd);
        }).toList();
    }

    /** The second run's load, cleanup and finish steps handled again, as a broker redelivering them would. */
    private static void redeliveredStepsChangeNothing(ObjectId connection, String runId, Document state)
            throws Exception {
        SyncPipeline pipeline = services.discoveryApp().getBean(SyncPipeline.class);
        // a redelivered step carries its run as published: the same id and start
        Document tracker = inventory.findOne(Query.query(Criteria.where("tracker.server-import." + connection.toHexString()
                + ".run_id").is(runId)), Document.class, "datacenters");
        Object startedAt = tracker.get("tracker", Document.class).get("server-import", Document.class)
                .get(connection.toHexString(), Document.class).get("started_at");
        SyncRun run = new SyncRun(runId, "file", connection.toHexString(), "server-import",
                startedAt instanceof java.util.Date date ? date.toInstant() : Instant.parse(String.valueOf(startedAt)));
        RunUnit unit = new RunUnit("maestro_template", "all");

        pipeline.handle(JSON.treeToValue(published(runId + ":load:", ":0").get(0).path("payload"), SyncStep.Load.class));
        assertThat(process(connection).getString("msg")).as("a late progress report leaves the final state")
                .isEqualTo(state.getString("msg"));
        pipeline.handle(new SyncStep.Cleanup(run, unit));
        pipeline.handle(new SyncStep.Finish(run));

        Document again = process(connection);
        assertThat(again.getString("msg")).startsWith(state.getString("msg").substring(0, state.getString("msg").indexOf(" At ")));
        assertThat(named("app-a").getBoolean("active")).isTrue();
        assertThat(named("app-b").getBoolean("active")).isTrue();
    }
}
