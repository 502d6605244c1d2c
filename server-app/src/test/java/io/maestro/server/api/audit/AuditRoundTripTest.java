package io.maestro.server.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.audit.AuditApplication;
import io.maestro.common.audit.AuditEvent;
import io.maestro.common.audit.Change;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * server-app and audit-app side by side in this JVM, on the same in-process Mongo (inventory {@code maestro-client},
 * history {@code maestro-audit}) and the machine's RabbitMQ: every write reaches audit-app over an audit queue of
 * this test's own (so no other JVM's audit-app takes its messages), and server-app reads versions, diffs and restores
 * them through audit-app. Messages an interrupted run left on that queue are recorded too; every assertion is about
 * records created here.
 */
class AuditRoundTripTest {

    private static final String ROUND_TRIP_QUEUE = "audit-round-trip-test";
    private static final String AUDIT_QUEUE = "--maestro.audit.queue=" + ROUND_TRIP_QUEUE;

    private static final Duration RECORDED = Duration.ofSeconds(20);
    private static final int POISON = 20;

    private static final WireMockServer DISCOVERY = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    private static ConfigurableApplicationContext serverApp;
    private static ConfigurableApplicationContext auditApp;
    private static int auditPort;
    private static ApiClient api;

    private User ana;

    @BeforeAll
    static void startBothServices() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            auditPort = free.getLocalPort();
        }
        DISCOVERY.start();
        DISCOVERY.stubFor(WireMock.get(WireMock.urlEqualTo("/available/rules/aws")).willReturn(WireMock.aResponse()
                .withHeader("Content-Type", "application/json").withBody(
                        "{\"items\":[{\"value\":{\"permissions\":{\"server-list\":[{\"init_job\":true}]}}}]}")));
        // command-line arguments: builder properties are only defaults, below the services' own yml
        serverApp = ServerApplication.builder().initializers(new MaestroTestEnvironment())
                .run("--server.port=0", "--maestro.peers.audit=http://127.0.0.1:" + auditPort, "--maestro.timeout=3000",
                        "--maestro.peers.discovery=" + DISCOVERY.baseUrl(), AUDIT_QUEUE, "--maestro.messaging.queues="
                        + String.join(",", MaestroQueues.ALL) + "," + ROUND_TRIP_QUEUE);
        startAuditApp();
        int serverPort = ((WebServerApplicationContext) serverApp).getWebServer().getPort();
        api = new ApiClient(serverPort, serverApp.getBean(MongoTemplate.class));
    }

    /** audit-app always on the same port, the one server-app was configured with. */
    private static void startAuditApp() {
        auditApp = AuditApplication.builder().initializers(new MaestroTestEnvironment())
                .run("--server.port=" + auditPort, "--maestro.peers.data=http://127.0.0.1:1", "--maestro.timeout=2000",
                        AUDIT_QUEUE, "--maestro.messaging.queues=" + ROUND_TRIP_QUEUE);
    }

    @AfterAll
    static void stopBothServices() {
        if (auditApp.isActive()) {
            auditApp.close();
        }
        serverApp.close();
        DISCOVERY.stop();
    }

    @BeforeEach
    void signIn() {
        ana = api.newUser("auditor");
    }

    private JsonNode historyOnceRecorded(User user, String path, int rows) {
        await().atMost(RECORDED).until(() -> api.get(user, path + "/audit").at("/found").asInt() >= rows);
        JsonNode history = api.get(user, path + "/audit").body();
        assertThat(history.at("/found").asInt()).isEqualTo(rows);
        return history.path("items");
    }

    @Test
    void connectionsNeverReachAuditButTheJobsAndTheDatacenterFlagTheyBringDo() {
        String secret = "s3cr3t-" + new ObjectId();
        String datacenterId = api.post(ana, "/datacenters", Map.of("name", "dc-audited", "provider", "AWS")).at("/_id").asString();
        Reply created = api.post(ana, "/connections", Map.of("name", "aws audited", "conn", Map.of("secret", secret),
                "dc", "dc-audited", "dc_id", datacenterId, "provider", "AWS", "service", "iam_aws",
                "regions", List.of("us-east-1")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String connectionId = created.at("/_id").asString();
        String jobId = api.get(ana, "/scheduler?task=connections").at("/items/0/_id").asString();
        assertThat(api.patch(ana, "/connections/" + connectionId, Map.of("conn", Map.of("secret", secret + "-2"))).status())
                .isEqualTo(202);
        assertThat(api.delete(ana, "/connections/" + connectionId).status()).isEqualTo(204);

        JsonNode datacenterRows = historyOnceRecorded(ana, "/datacenters/" + datacenterId, 3);
        assertThat(datacenterRows.get(1).path("body").toString()).isEqualTo("{\"sucessed\":true}");
        assertThat(datacenterRows.get(1).path("user").asString()).isEqualTo(ana.email());
        assertThat(datacenterRows.get(2).path("body").toString()).isEqualTo("{\"sucessed\":false}");
        await().atMost(RECORDED).until(() -> auditRows(new Document("entity_id", new ObjectId(jobId))) >= 2);

        assertThat(api.get(ana, "/connections/" + connectionId + "/audit").status()).isEqualTo(404);
        assertThat(auditRows(new Document("entity", "connections"))).isZero();
        assertThat(auditRows(new Document("entity_id", new ObjectId(connectionId)))).isZero();
        MongoTemplate history = auditApp.getBean(MongoTemplate.class);
        history.getCollection("audits").find().forEach(row -> assertThat(row.toJson()).doesNotContain(secret));
        history.getCollection("snapshots").find().forEach(row -> assertThat(row.toJson()).doesNotContain(secret));
    }

    private static long auditRows(Document filter) {
        return auditApp.getBean(MongoTemplate.class).getCollection("audits").countDocuments(filter);
    }

    @Test
    void aListParameterAuditAppRefusesIsTheCallersErrorInItsWords() {
        String serverId = api.post(ana, "/servers", Map.of("name", "web-limit")).at("/_id").asString();

        Reply own = api.get(ana, "/me/audit?limit=abc");
        Reply record = api.get(ana, "/servers/" + serverId + "/audit?limit=abc");

        for (Reply refused : List.of(own, record)) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
            assertThat(refused.at("/err/name").asString()).isEqualTo("ValidatorError");
            assertThat(refused.at("/err/errors").asString()).contains("'limit'");
            assertThat(refused.raw()).doesNotContain("127.0.0.1", "localhost:", "java.");
        }
    }

    @Test
    void applicationsASystemLinksAsEntriesAreAuditedAsTheUsersChange() {
        String appId = api.post(ana, "/applications", Map.of("name", "billing-api")).at("/_id").asString();
        String systemId = api.post(ana, "/system", Map.of("name", "billing",
                "entry", List.of(Map.of("_id", appId, "name", "billing-api")))).at("/_id").asString();

        JsonNode rows = historyOnceRecorded(ana, "/applications/" + appId, 2);
        assertThat(rows.get(1).path("user").asString()).isEqualTo(ana.email());
        assertThat(rows.get(1).path("body").toString()).contains(systemId).contains("billing");
        assertThat(api.get(ana, "/applications/" + appId).at("/system/0/_id").asString()).isEqualTo(systemId);
    }

    @Test
    void restoringAVersionFromBeforeALinkKeepsTheLinkSoBothSidesStillAgree() {
        String serverId = api.post(ana, "/servers", Map.of("name", "db-1", "hostname", "db-1.old")).at("/_id").asString();
        String appId = api.post(ana, "/applications", Map.of("name", "billing", "family", "Application"))
                .at("/_id").asString();
        assertThat(api.patch(ana, "/applications/" + appId + "/servers", Map.of("id", List.of(serverId))).status())
                .isEqualTo(202);
        assertThat(api.patch(ana, "/servers/" + serverId, Map.of("hostname", "db-1.new")).status()).isEqualTo(202);
        String beforeTheLink = historyOnceRecorded(ana, "/servers/" + serverId, 2).get(0).path("_id").asString();

        Reply reverted = api.post(ana, "/servers/" + serverId + "/revert/" + beforeTheLink, null);

        assertThat(reverted.status()).as(reverted.raw()).isEqualTo(202);
        JsonNode now = api.get(ana, "/servers/" + serverId).body();
        assertThat(now.path("hostname").asString()).isEqualTo("db-1.old");
        assertThat(now.at("/applications/0/_id").asString()).isEqualTo(appId);
    }

    @Test
    void versionsCanBeReadComparedAndRestoredAndTheRestoreIsAuditedItself() {
        String id = api.post(ana, "/servers", Map.of("name", "web-1", "cpu", 1, "tags", List.of(Map.of("key", "env", "value", "dev"))))
                .at("/_id").asString();
        String path = "/servers/" + id;
        assertThat(api.patch(ana, path, Map.of("cpu", 2)).status()).isEqualTo(202);
        assertThat(api.put(ana, path, Map.of("name", "web-1", "cpu", 3, "memory", 8)).status()).isEqualTo(202);
        assertThat(api.patch(ana, path, Map.of("hostname", "web-1.local")).status()).isEqualTo(202);

        JsonNode rows = historyOnceRecorded(ana, path, 4);
        assertThat(rows.get(0).path("user").asString()).isEqualTo(ana.email());
        assertThat(rows.get(1).path("body").toString()).isEqualTo("{\"cpu\":2}");
        String first = rows.get(0).path("_id").asString();
        String second = rows.get(1).path("_id").asString();
        String third = rows.get(2).path("_id").asString();

        Reply version2 = api.get(ana, path + "/history/" + second);
        assertThat(version2.status()).isEqualTo(200);
        assertThat(version2.at("/_id").asString()).isEqualTo(id);
        assertThat(version2.at("/cpu").asInt()).isEqualTo(2);
        assertThat(version2.at("/tags/0/value").asString()).isEqualTo("dev");
        assertThat(version2.body().has("memory")).isFalse();
        assertThat(version2.at("/_version/_id").asString()).isEqualTo(second);
        assertThat(version2.at("/_version/user").asString()).isEqualTo(ana.email());

        Reply diff = api.get(ana, path + "/diff?from=" + first + "&to=" + third);
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.at("/body/cpu").asInt()).isEqualTo(3);
        assertThat(diff.at("/body/memory").asInt()).isEqualTo(8);
        assertThat(diff.at("/body/tags").isNull()).isTrue();
        assertThat(diff.at("/body").has("name")).isFalse();

        Reply reverted = api.post(ana, path + "/revert/" + first, null);
        assertThat(reverted.status()).as(reverted.raw()).isEqualTo(202);
        JsonNode version1 = api.get(ana, path + "/history/" + first).body();
        JsonNode now = api.get(ana, path).body();
        // a manual replace of a server marks it for discovery's re-merge (checksum "tombstone"), restores included
        for (String field : List.of("name", "cpu", "tags", "status", "hostname", "memory")) {
            assertThat(now.path(field)).as(field).isEqualTo(version1.path(field));
        }
        assertThat(now.path("checksum").asString()).isEqualTo("tombstone");
        assertThat(now.at("/owner/_id").asString()).isEqualTo(ana.id());
        assertThat(now.at("/roles/0/role").asInt()).isEqualTo(7);

        JsonNode afterRevert = historyOnceRecorded(ana, path, 5);
        assertThat(afterRevert.get(4).path("user").asString()).isEqualTo(ana.email());
        assertThat(afterRevert.get(4).path("body").has("memory")).isTrue();
        assertThat(afterRevert.get(4).at("/body/cpu").asInt()).isEqualTo(1);
    }

    @Test
    void dottedKeysGetTheWholeHistoryAndAreRestoredWhileKeysStartingWithDollarAreRefused() {
        Reply refused = api.post(ana, "/servers", Map.of("name", "keys-0", "metas", Map.of("$x", 1)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/err/errors/0/message").asString()).startsWith("\"metas.$x\" is not allowed");
        assertThat(serverApp.getBean(MongoTemplate.class).getCollection("servers")
                .countDocuments(new Document("name", "keys-0"))).isZero();

        Map<String, Object> metas = Map.of("a.b", 2, "k8s", Map.of("app.kubernetes.io/name", "web"));
        String id = api.post(ana, "/servers", Map.of("name", "keys-1", "metas", metas)).at("/_id").asString();
        String path = "/servers/" + id;
        assertThat(api.patch(ana, path, Map.of("metas", Map.of("a.b", 3, "c", Map.of("x.y", 1)))).status()).isEqualTo(202);
        assertThat(api.put(ana, path, Map.of("name", "keys-1", "metas", Map.of("a.b", 4))).status()).isEqualTo(202);
        String appId = api.post(ana, "/applications", Map.of("name", "keys-app", "instances", Map.of("i.j", Map.of("x.y", 1))))
                .at("/_id").asString();

        JsonNode rows = historyOnceRecorded(ana, path, 3);
        assertThat(rows.get(0).at("/body/metas")).isEqualTo(ApiClient.JSON.valueToTree(metas));
        assertThat(rows.get(1).at("/body/metas")).isEqualTo(json("{\"a.b\":3,\"k8s\":null,\"c\":{\"x.y\":1}}"));
        assertThat(rows.get(2).at("/body/metas")).isEqualTo(json("{\"a.b\":4,\"c\":null}"));
        String first = rows.get(0).path("_id").asString();
        assertThat(api.get(ana, path + "/history/" + first).at("/metas")).isEqualTo(ApiClient.JSON.valueToTree(metas));
        assertThat(api.get(ana, path + "/diff?from=" + first + "&to=" + rows.get(2).path("_id").asString())
                .at("/body/metas")).isEqualTo(json("{\"a.b\":4,\"k8s\":null}"));
        assertThat(historyOnceRecorded(ana, "/applications/" + appId, 1).get(0).at("/body/instances"))
                .isEqualTo(json("{\"i.j\":{\"x.y\":1}}"));

        Reply reverted = api.post(ana, path + "/revert/" + first, null);

        assertThat(reverted.status()).as(reverted.raw()).isEqualTo(202);
        assertThat(api.get(ana, path).at("/metas")).isEqualTo(ApiClient.JSON.valueToTree(metas));
        assertThat(historyOnceRecorded(ana, path, 4).get(3).at("/body/metas")).isEqualTo(ApiClient.JSON.valueToTree(metas));
    }

    @Test
    void aRecordStoredWithKeysStartingWithDollarBeforeStillGetsHistoryForItsLaterChanges() {
        String id = api.post(ana, "/servers", Map.of("name", "legacy-1")).at("/_id").asString();
        String path = "/servers/" + id;
        historyOnceRecorded(ana, path, 1);
        // as Maestro 0.6 (or 0.7 before keys starting with $ were refused) stored it, without a history row
        serverApp.getBean(MongoTemplate.class).getCollection("servers").updateOne(new Document("_id", new ObjectId(id)),
                new Document("$set", new Document("metas", new Document("$x", 1).append("a.b", new Document("$y.z", 2)))));

        assertThat(api.patch(ana, path, Map.of("cpu", 2)).status()).isEqualTo(202);
        assertThat(api.patch(ana, path, Map.of("cpu", 4)).status()).isEqualTo(202);

        JsonNode rows = historyOnceRecorded(ana, path, 3);
        assertThat(rows.get(1).at("/body/metas")).isEqualTo(json("{\"$x\":1,\"a.b\":{\"$y.z\":2}}"));
        assertThat(rows.get(2).path("body").toString()).isEqualTo("{\"cpu\":4}");
        String withDollarKeys = rows.get(1).path("_id").asString();
        assertThat(api.get(ana, path + "/history/" + withDollarKeys).at("/metas/a.b/$y.z").asInt()).isEqualTo(2);
        // a version the API would refuse today is not restored (docs/audit-app.md, revert)
        Reply refused = api.post(ana, path + "/revert/" + withDollarKeys, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/err/errors/0/path").toString()).isEqualTo("[\"metas\",\"$x\"]");
    }

    /**
     * Messages audit-app cannot record wait on the queue ahead of another user's change. Each used to hold the single
     * consumer for its three attempts (1 s, then 2 s of backoff): {@value #POISON} of them, at least 60 s. Now each is
     * dead-lettered at its first attempt and several consumers share the queue, so the change is recorded well
     * within that.
     */
    @Test
    void messagesThatCannotBeRecordedDoNotHoldUpAnotherUsersHistory() {
        User bob = api.newUser("bob");
        RabbitAdmin broker = new RabbitAdmin(serverApp.getBean(ConnectionFactory.class));
        String deadLetters = MaestroQueues.deadLetterQueue(ROUND_TRIP_QUEUE);
        broker.purgeQueue(deadLetters, false);
        RabbitListenerEndpointRegistry consumers = auditApp.getBean(RabbitListenerEndpointRegistry.class);
        String path;
        consumers.stop();
        try {
            MessagePublisher publisher = serverApp.getBean(MessagePublisher.class);
            for (int poison = 0; poison < POISON; poison++) {
                publisher.publish(ROUND_TRIP_QUEUE, new AuditEvent("servers", "not-an-id-" + poison,
                        Change.PATCH, Map.of("cpu", poison), ana.email(), null));
            }
            path = "/servers/" + api.post(bob, "/servers", Map.of("name", "bob-1")).at("/_id").asString();
        } finally {
            consumers.start();
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(bob, path + "/audit").at("/found").asInt() == 1);
        assertThat(broker.getQueueInfo(ROUND_TRIP_QUEUE).getConsumerCount()).isGreaterThan(1);
        await().atMost(RECORDED).until(() -> broker.getQueueInfo(deadLetters).getMessageCount() == POISON);
    }

    private static JsonNode json(String text) {
        return ApiClient.JSON.readTree(text);
    }

    @Test
    void readersSeeTheHistoryOnlyWritersRestoreAndStrangersSeeNothing() {
        User reader = api.newUser("reader");
        User stranger = api.newUser("stranger");
        String id = api.post(ana, "/servers", Map.of("name", "db-1")).at("/_id").asString();
        String path = "/servers/" + id;
        api.post(ana, path + "/roles", Map.of("id", reader.id(), "refs", "users", "role", 1));
        // the creation, then the sharing: who may read a record is part of its history
        String row = historyOnceRecorded(ana, path, 2).get(0).path("_id").asString();

        assertThat(api.get(reader, path + "/audit").at("/found").asInt()).isEqualTo(2);
        assertThat(api.get(reader, path + "/history/" + row).at("/name").asString()).isEqualTo("db-1");
        assertThat(api.post(reader, path + "/revert/" + row, null).status()).isEqualTo(403);
        assertThat(api.get(stranger, path + "/audit").status()).isEqualTo(404);
        assertThat(api.get(stranger, path + "/history/" + row).status()).isEqualTo(404);
        assertThat(api.post(stranger, path + "/revert/" + row, null).status()).isEqualTo(404);
        assertThat(api.get(ana, path + "/history/" + new ObjectId()).status()).isEqualTo(404);
        assertThat(api.get(ana, path + "/history/not-a-row").status()).isEqualTo(404);
        assertThat(api.get(ana, path + "/diff?from=" + row).status()).isEqualTo(400);
    }

    @Test
    void teamMirrorWritesAreAuditedUnderThePersonAndTeamsHaveTheirOwnHistory() {
        String team = api.post(ana, "/teams", Map.of("name", "ops-" + new ObjectId().toHexString().substring(18)))
                .at("/_id").asString();
        String path = "/teams/" + team + "/servers/" + api.post(ana, "/teams/" + team + "/servers", Map.of("name", "lb-1"))
                .at("/_id").asString();
        api.patch(ana, path, Map.of("cpu", 4));

        JsonNode rows = historyOnceRecorded(ana, path, 2);
        assertThat(rows.get(1).path("user").asString()).isEqualTo(ana.email());
        assertThat(rows.get(1).at("/team/_id").asString()).as("the team the change was made as").isEqualTo(team);
        assertThat(rows.get(1).at("/team/name").asString()).startsWith("ops-");
        Reply reverted = api.post(ana, path + "/revert/" + rows.get(0).path("_id").asString(), null);
        assertThat(reverted.status()).isEqualTo(202);
        assertThat(reverted.body().has("cpu")).isFalse();
        assertThat(historyOnceRecorded(ana, "/teams/" + team, 1).get(0).at("/body/name").asString()).startsWith("ops-");
    }

    @Test
    void aVersionThatNoLongerFitsTheSchemaIsNotRestored() {
        String id = api.post(ana, "/servers", Map.of("name", "old-1")).at("/_id").asString();
        historyOnceRecorded(ana, "/servers/" + id, 1);
        ObjectId oldRow = new ObjectId();
        Date then = new Date();
        auditApp.getBean(MongoTemplate.class).getCollection("audits").insertOne(new Document("_id", oldRow)
                .append("entity", "servers").append("entity_id", new ObjectId(id)).append("user", ana.email())
                .append("body", new Document("cpu", 4096)).append("state", new Document("name", "old-1").append("cpu", 4096))
                .append("created_at", then).append("updated_at", then).append("active", true));

        Reply refused = api.post(ana, "/servers/" + id + "/revert/" + oldRow.toHexString(), null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/err/name").asString()).isEqualTo("ValidatorError");
        assertThat(refused.at("/err/errors/0/path").toString()).isEqualTo("[\"cpu\"]");
        assertThat(api.get(ana, "/servers/" + id).body().has("cpu")).isFalse();
    }

    @Test
    void changesMadeWhileAuditIsDownAreRecordedWhenItIsBackAndReadsSayItIsDown() {
        auditApp.close();
        try {
            String path = "/servers/" + api.post(ana, "/servers", Map.of("name", "offline-1")).at("/_id").asString();
            assertThat(api.patch(ana, path, Map.of("cpu", 2)).status()).isEqualTo(202);

            Reply down = api.get(ana, path + "/audit");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.at("/err/name").asString()).isEqualTo("HTTPError");
            assertThat(down.raw()).contains("audit-app");
            assertThat(api.get(ana, "/me/audit").status()).isEqualTo(503);

            startAuditApp();
            JsonNode rows = historyOnceRecorded(ana, path, 2);
            assertThat(rows.get(1).path("body").toString()).isEqualTo("{\"cpu\":2}");
        } finally {
            if (!auditApp.isActive()) {
                startAuditApp();
            }
        }
    }
}
