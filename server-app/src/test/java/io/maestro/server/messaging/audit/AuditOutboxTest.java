package io.maestro.server.messaging.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.maestro.audit.AuditApplication;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.testsupport.BrokerProxy;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.User;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * No acknowledged write without its history: server-app reaches the machine's RabbitMQ through a {@link BrokerProxy}
 * this test can cut, audit-app records from a queue of this test's own, both on the in-process store. Writes made while
 * the broker is away, writes whose server-app stopped before publishing them, and writes whose process died between
 * the write and the completion of their outbox entry all get their history; changes of one record made at once by
 * several clients are recorded in the order they were stored.
 */
class AuditOutboxTest {

    private static final String QUEUE = "audit-outbox-test";
    private static final Duration RECORDED = Duration.ofSeconds(30);
    /** As the standalone runtime has it: published entries kept 5 minutes, to be published again by the next relay. */
    private static final String REPLAY_WINDOW = "--maestro.audit.outbox.replay-window=5m";

    private static BrokerProxy broker;
    private static ConfigurableApplicationContext auditApp;
    private static int auditPort;

    private ConfigurableApplicationContext serverApp;
    private ApiClient api;
    private User ana;

    @BeforeAll
    static void startAuditApp() throws IOException {
        broker = BrokerProxy.toLocalRabbit();
        try (ServerSocket free = new ServerSocket(0)) {
            auditPort = free.getLocalPort();
        }
        auditApp = AuditApplication.builder().initializers(new MaestroTestEnvironment())
                .run("--server.port=" + auditPort, "--maestro.peers.data=http://127.0.0.1:1", "--maestro.timeout=2000",
                        "--maestro.audit.queue=" + QUEUE, "--maestro.messaging.queues=" + QUEUE);
    }

    @AfterAll
    static void stopAuditApp() {
        auditApp.close();
        broker.close();
    }

    @BeforeEach
    void startServerApp() {
        broker.restore();
        serverApp = startedServerApp();
        api = client();
        ana = api.newUser("outbox");
    }

    private ApiClient client() {
        return new ApiClient(((WebServerApplicationContext) serverApp).getWebServer().getPort(),
                serverApp.getBean(MongoTemplate.class));
    }

    @AfterEach
    void stopServerApp() {
        if (serverApp.isActive()) {
            serverApp.close();
        }
    }

    /**
     * server-app through the proxy; entries left incomplete are settled after 2 s, a dead relay's lease lasts 3 s;
     * {@code settings}: more of them.
     */
    private ConfigurableApplicationContext startedServerApp(String... settings) {
        // after the test environment's, which names the broker itself
        ApplicationContextInitializer<ConfigurableApplicationContext> throughTheProxy = context -> context.getEnvironment()
                .getPropertySources().addFirst(new MapPropertySource("broker-proxy",
                        Map.of("spring.rabbitmq.addresses", "amqp://guest:guest@127.0.0.1:" + broker.port()
                                // the virtual host audit-app consumes from (MAESTRO_TEST_AMQP's, if set)
                                + URI.create(MaestroTestEnvironment.rabbitMqUri()).getRawPath())));
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--maestro.peers.audit=http://127.0.0.1:" + auditPort, "--maestro.timeout=3000",
                "--maestro.audit.queue=" + QUEUE,
                "--maestro.messaging.queues=" + String.join(",", MaestroQueues.ALL) + "," + QUEUE,
                "--maestro.audit.retry-interval=1s", "--maestro.audit.outbox.incomplete-after=2s",
                "--maestro.audit.outbox.lease-ttl=3s"));
        args.addAll(List.of(settings));
        return ServerApplication.builder().initializers(new MaestroTestEnvironment(), throughTheProxy)
                .run(args.toArray(String[]::new));
    }

    private JsonNode history(String path, int rows) {
        await().atMost(RECORDED).until(() -> api.get(ana, path + "/audit").at("/found").asInt() >= rows);
        JsonNode history = api.get(ana, path + "/audit").body();
        assertThat(history.at("/found").asInt()).isEqualTo(rows);
        return history.path("items");
    }

    private MongoTemplate inventory() {
        return serverApp.getBean(MongoTemplate.class);
    }

    private long outboxEntries(String recordId) {
        return inventory().getCollection(AuditOutbox.COLLECTION).countDocuments(new Document("record_id", new ObjectId(recordId)));
    }

    private static List<String> changes(JsonNode rows) {
        List<String> changes = new ArrayList<>();
        rows.forEach(row -> changes.add(row.path("change").asString()));
        return changes;
    }

    @Test
    void writesWhileTheBrokerIsAwaySucceedAndGetTheirHistoryWhenItIsBack() {
        broker.cut();

        Instant start = Instant.now();
        String id = api.post(ana, "/servers", Map.of("name", "away-1", "cpu", 1)).at("/_id").asString();
        String path = "/servers/" + id;
        assertThat(api.patch(ana, path, Map.of("cpu", 2)).status()).isEqualTo(202);
        assertThat(api.put(ana, path, Map.of("name", "away-1", "memory", 4)).status()).isEqualTo(202);
        assertThat(Duration.between(start, Instant.now())).as("no write waits for the broker").isLessThan(Duration.ofSeconds(5));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> outboxEntries(id) == 3);

        broker.restore();

        assertThat(changes(history(path, 3))).containsExactly("create", "patch", "update");
        await().atMost(RECORDED).until(() -> outboxEntries(id) == 0);
    }

    @Test
    void writesAServerAppStoppedBeforePublishingGetTheirHistoryAfterItsRestart() {
        broker.cut();
        String id = api.post(ana, "/servers", Map.of("name", "restart-1", "cpu", 1)).at("/_id").asString();
        String path = "/servers/" + id;
        assertThat(api.patch(ana, path, Map.of("cpu", 2)).status()).isEqualTo(202);
        assertThat(api.put(ana, path, Map.of("name", "restart-1", "memory", 2)).status()).isEqualTo(202);
        serverApp.close();
        broker.restore();

        serverApp = startedServerApp();
        api = client();

        JsonNode rows = history(path, 3);
        assertThat(changes(rows)).containsExactly("create", "patch", "update");
        assertThat(rows.get(1).path("body").toString()).isEqualTo("{\"cpu\":2}");
    }

    /**
     * A crash between the write and the completion of its entry: the entry stays as the request opened it. Once it
     * is older than {@code incomplete-after} the relay publishes the record as stored now; an entry of a write that
     * never landed (a creation without its record, a removal of a record still active) is dropped.
     */
    @Test
    void entriesACrashLeftIncompleteAreSettledFromTheRecordsAsStored() {
        String id = api.post(ana, "/servers", Map.of("name", "crash-1", "cpu", 1)).at("/_id").asString();
        String path = "/servers/" + id;
        history(path, 1);
        String stillActive = api.post(ana, "/servers", Map.of("name", "crash-2")).at("/_id").asString();
        history("/servers/" + stillActive, 1);
        ObjectId neverCreated = new ObjectId();
        Date beforeTheCrash = Date.from(Instant.now().minusSeconds(60));

        inventory().getCollection("servers").updateOne(new Document("_id", new ObjectId(id)),
                new Document("$set", new Document("cpu", 8)));
        openedEntry(new ObjectId(id), "PATCH", beforeTheCrash);
        openedEntry(neverCreated, "CREATE", beforeTheCrash);
        openedEntry(new ObjectId(stillActive), "DELETE", beforeTheCrash);

        JsonNode rows = history(path, 2);
        assertThat(rows.get(1).path("body").toString()).isEqualTo("{\"cpu\":8}");
        assertThat(rows.get(1).path("user").asString()).isEqualTo(ana.email());
        await().atMost(RECORDED).until(() -> outboxEntries(neverCreated.toHexString()) == 0
                && outboxEntries(stillActive) == 0);
        assertThat(auditApp.getBean(MongoTemplate.class).getCollection("audits")
                .countDocuments(new Document("entity_id", neverCreated))).isZero();
        assertThat(changes(history("/servers/" + stillActive, 1))).containsExactly("create");
    }

    /**
     * With a replay window (the standalone runtime's in-memory broker), the relay keeps each published entry, then
     * takes it out of the outbox: a crash between the two leaves it in both. The next relay publishes it again all
     * the same, and the rest of the outbox after it; an entry it failed to put back in the outbox (a duplicate key)
     * used to fail every round of the relay, so no change got its history any more (issue 23).
     */
    @Test
    void entriesACrashLeftBothKeptForReplayAndInTheOutboxArePublishedAgain() {
        broker.cut();
        String id = api.post(ana, "/servers", Map.of("name", "kept-1", "cpu", 1)).at("/_id").asString();
        String path = "/servers/" + id;
        assertThat(api.patch(ana, path, Map.of("cpu", 2)).status()).isEqualTo(202);
        keepAlsoForReplay(id, "CREATE");
        serverApp.close();
        broker.restore();

        serverApp = startedServerApp(REPLAY_WINDOW);
        api = client();

        assertThat(changes(history(path, 2))).containsExactly("create", "patch");
        await().atMost(RECORDED).until(() -> outboxEntries(id) == 0);
    }

    /**
     * The same state while the relay runs (a round kept its entries, then failed to take them out of the outbox): the
     * next round publishes them again and keeps them anew, instead of failing on their duplicate key every round.
     */
    @Test
    void entriesKeptAlreadyWhileTheRelayRunsArePublishedAgain() {
        serverApp.close();
        serverApp = startedServerApp(REPLAY_WINDOW);
        api = client();
        broker.cut();
        String id = api.post(ana, "/servers", Map.of("name", "kept-2", "cpu", 1)).at("/_id").asString();
        keepAlsoForReplay(id, "CREATE");

        broker.restore();

        assertThat(changes(history("/servers/" + id, 1))).containsExactly("create");
        await().atMost(RECORDED).until(() -> outboxEntries(id) == 0);
    }

    /** Copies the entry of a change not published yet (the broker is away) to the entries kept for replay. */
    private void keepAlsoForReplay(String recordId, String change) {
        Document entry = inventory().getCollection(AuditOutbox.COLLECTION)
                .find(new Document("record_id", new ObjectId(recordId)).append("change", change)).first();
        assertThat(entry).as("the entry, not published while the broker is away").isNotNull();
        inventory().getCollection(AuditOutbox.PUBLISHED).insertOne(new Document(entry).append("published_at", new Date()));
    }

    /** An outbox entry as a request writes it before its change, left so by a crash. */
    private void openedEntry(ObjectId recordId, String change, Date openedAt) {
        inventory().getCollection(AuditOutbox.COLLECTION).insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("queue", QUEUE).append("entity", "servers").append("collection", "servers")
                .append("record_id", recordId).append("change", change).append("user", ana.email())
                .append("team", null).append("opened_at", openedAt));
    }

    @Test
    void changesOfOneRecordFromConcurrentClientsAreRecordedInTheOrderTheyWereStored() throws Exception {
        String id = api.post(ana, "/servers", Map.of("name", "busy-1", "cpu", 1)).at("/_id").asString();
        String path = "/servers/" + id;
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            int first = client * 10 + 1;
            statuses.add(clients.submit(() -> {
                int worst = 0;
                for (int cpu = first + 1; cpu <= first + 5; cpu++) {
                    worst = Math.max(worst, api.patch(ana, path, Map.of("cpu", cpu)).status());
                }
                return worst;
            }));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(202);
        }
        clients.shutdown();
        int stored = api.get(ana, path).at("/cpu").asInt();

        await().atMost(RECORDED).until(() -> outboxEntries(id) == 0);
        await().atMost(RECORDED).untilAsserted(() -> {
            JsonNode rows = api.get(ana, path + "/audit").at("/items");
            JsonNode last = rows.get(rows.size() - 1);
            JsonNode version = api.get(ana, path + "/history/" + last.path("_id").asString()).body();
            assertThat(version.path("cpu").asInt()).as("the history's last version is the record as stored")
                    .isEqualTo(stored);
        });
    }
}
