package io.maestro.discovery;

import static io.maestro.common.testsupport.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.domain.InventoryRecords;
import io.maestro.discovery.domain.LoadOutcome;
import io.maestro.discovery.domain.RunUnit;
import io.maestro.discovery.domain.SyncRun;
import io.maestro.discovery.domain.SyncTracker;
import io.maestro.discovery.domain.SyncWatchdog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

/**
 * File imports interrupted half-way, on the in-process store and the real RabbitMQ: a discovery that restarts finds its
 * steps on the queue and ends the run with its counts; a run whose steps were lost (as with the standalone runtime's
 * in-memory broker after a crash) ends {@code danger} "Interrupted by a restart — run it again" instead of staying
 * "In progress"; a rerun after either stores every server once. The history of the servers a run stored before its
 * audit messages were lost with its steps is recorded when the watchdog ends it. A run slow to read its page is not
 * interrupted.
 */
class InterruptedSyncEndToEndTest {

    private static final String QUEUE = "discovery-interrupted";
    private static final String TASK = "server-import";
    private static final int SERVERS = 300;
    private static final Duration STALE_AFTER = Duration.ofSeconds(10);
    private static final Pattern SUCCESS = Pattern.compile(
            "Success\\. (\\d+) created, (\\d+) updated, (\\d+) unchanged, 0 deactivated\\. At .*");

    private static InProcessServices services;

    @BeforeAll
    static void startServices() {
        services = InProcessServices.start(QUEUE, "--maestro.discovery.translate-chunk=2",
                "--maestro.discovery.progress-interval=0s",
                "--maestro.discovery.stale-after=" + STALE_AFTER.toSeconds() + "s",
                // server-app may take longer than stale-after to answer for a file
                "--maestro.timeout=" + STALE_AFTER.multipliedBy(6).toMillis(),
                "--maestro.discovery.watchdog-interval=1s");
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void aRunWhoseStepsAreRedeliveredToARestartedDiscoveryEndsWithItsCountsAndARerunDuplicatesNothing() throws Exception {
        ObjectId connection = fileConnection("redelivered.json");
        assertThat(services.crawl("file", connection.toHexString(), TASK).statusCode()).isEqualTo(201);
        halfWay(connection);

        services.restartDiscovery();

        assertThat(finishedMessage(connection)).as("every server counted once, as created")
                .matches(SUCCESS).startsWith("Success. " + SERVERS + " created, 0 updated, 0 unchanged");
        assertEveryServerStoredOnce(connection);

        services.forgetStates(connection);
        assertThat(services.crawl("file", connection.toHexString(), TASK).statusCode()).isEqualTo(201);
        assertThat(finishedMessage(connection)).startsWith("Success. 0 created, 0 updated, " + SERVERS + " unchanged");
        assertEveryServerStoredOnce(connection);
    }

    @Test
    void aRunWhoseStepsAreLostEndsInterruptedAndARerunStoresEveryServerOnce() throws Exception {
        ObjectId connection = fileConnection("lost.json");
        assertThat(services.crawl("file", connection.toHexString(), TASK).statusCode()).isEqualTo(201);
        halfWay(connection);

        RabbitListenerEndpointRegistry workers = services.discoveryApp().getBean(RabbitListenerEndpointRegistry.class);
        workers.stop();
        services.discoveryApp().getBean(AmqpAdmin.class).purgeQueue(QUEUE, false);
        workers.start();

        Document interrupted = eventually(() -> services.finishedState(connection, TASK),
                Duration.ofSeconds(60), "the interrupted run's end");
        assertThat(interrupted.getString("state")).isEqualTo("danger");
        assertThat(interrupted.getString("msg")).startsWith(SyncWatchdog.INTERRUPTED + " ").contains(" loaded before: ");
        long storedBefore = servers(connection).size();
        assertThat(storedBefore).as("part of the servers were stored before the steps were lost")
                .isBetween(1L, SERVERS - 1L);

        services.forgetStates(connection);
        assertThat(services.crawl("file", connection.toHexString(), TASK).statusCode()).isEqualTo(201);
        String rerunMessage = finishedMessage(connection);
        Matcher rerun = SUCCESS.matcher(rerunMessage);
        assertThat(rerun.matches()).as(rerunMessage).isTrue();
        assertThat(Integer.parseInt(rerun.group(1)) + Integer.parseInt(rerun.group(3)))
                .as("created + unchanged: every server of the file once").isEqualTo(SERVERS);
        assertThat(Integer.parseInt(rerun.group(1))).isEqualTo(SERVERS - storedBefore);
        assertEveryServerStoredOnce(connection);
    }

    /**
     * A crash of the standalone runtime loses the audit messages its in-memory broker held with the run's steps: the
     * servers stored before it have no history. The watchdog, ending the run as interrupted, lists the servers that run
     * stamped, and audit-app records the history they lack: each has its one {@code create} row, without a rerun. The
     * rerun, which lists them again (its previous run began before this discovery did), adds no second row.
     */
    @Test
    void theHistoryARestartLostIsRecordedWhenTheRunIsEndedAndARerunAddsNoRow() throws Exception {
        ObjectId connection = fileConnection("history-lost.json");
        RabbitListenerEndpointRegistry recorders = services.auditApp().getBean(RabbitListenerEndpointRegistry.class);
        // the audit messages wait on the queue, to be lost with the steps
        recorders.stop();
        try {
            assertThat(services.crawl("file", connection.toHexString(), TASK).statusCode()).isEqualTo(201);
            halfWay(connection);
            services.discoveryApp().getBean(RabbitListenerEndpointRegistry.class).stop();
            AmqpAdmin broker = services.discoveryApp().getBean(AmqpAdmin.class);
            broker.purgeQueue(QUEUE, false);
            broker.purgeQueue(QUEUE + "-audit", false);
            services.restartDiscovery();
        } finally {
            recorders.start();
        }
        Document interrupted = eventually(() -> services.finishedState(connection, TASK),
                Duration.ofSeconds(60), "the interrupted run's end");
        assertThat(interrupted.getString("msg")).startsWith(SyncWatchdog.INTERRUPTED + " ");
        List<Document> storedBefore = servers(connection);
        assertThat(storedBefore).as("part of the servers were stored before the crash").isNotEmpty();
        assertOneCreateRowEach(storedBefore);

        services.forgetStates(connection);
        assertThat(services.crawl("file", connection.toHexString(), TASK).statusCode()).isEqualTo(201);
        assertThat(finishedMessage(connection)).matches(SUCCESS)
                .startsWith("Success. " + (SERVERS - storedBefore.size()) + " created, 0 updated, "
                        + storedBefore.size() + " unchanged");
        assertEveryServerStoredOnce(connection);
        eventually(() -> servers(connection).stream().allMatch(server -> !auditRows(server).isEmpty()) ? true : null,
                Duration.ofSeconds(30), "the history of the servers the rerun created");
        // the rerun's messages that list the servers stored before are recorded, or skipped, by now
        AmqpAdmin broker = services.discoveryApp().getBean(AmqpAdmin.class);
        eventually(() -> broker.getQueueInfo(QUEUE + "-audit").getMessageCount() == 0 ? true : null,
                Duration.ofSeconds(30), "the audit queue drained");
        Thread.sleep(1000);
        assertOneCreateRowEach(servers(connection));
    }

    /**
     * The watchdog reads the records a run stamped from data-app page by page, each page from where the last ended
     * ({@code _id} order): every one once, and none another run stamped.
     */
    @Test
    void theRecordsOfOneStampAreReadPageByPageEachOnce() {
        String connectionId = new ObjectId().toHexString();
        String stamp = "2026-12-07T05:00:00.123Z";
        List<String> stamped = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ObjectId id = new ObjectId();
            String seen = i % 5 == 0 ? "2026-12-06T05:00:00Z" : stamp;
            services.inventory().insert(new Document("_id", id).append("unique_id", "paged-" + i)
                    .append("name", "paged-" + i).append("seen_by", new Document(connectionId, seen)), "servers");
            if (seen.equals(stamp)) {
                stamped.add(id.toHexString());
            }
        }
        InventoryRecords data = services.discoveryApp().getBean(InventoryRecords.class);
        Map<String, Object> query = Map.of("seen_by." + connectionId, stamp);
        List<Integer> pageSizes = new ArrayList<>();
        List<String> read = new ArrayList<>();
        String after = null;
        List<Map<String, Object>> page;
        do {
            page = data.findAfter("servers", query, after, 7);
            pageSizes.add(page.size());
            page.forEach(server -> read.add(String.valueOf(server.get("_id"))));
            after = read.isEmpty() ? null : read.get(read.size() - 1);
        } while (page.size() == 7);

        assertThat(read).containsExactlyElementsOf(stamped);
        assertThat(pageSizes).containsExactly(7, 7, 6);
    }

    /** Which run a connection's tracker holds, as each chunk asks it: the latest started, read from data-app. */
    @Test
    void theTrackerTellsTheRunItHoldsOfEachTaskAndConnection() {
        ObjectId datacenter = new ObjectId();
        services.inventory().insert(new Document("_id", datacenter).append("name", "dc"), "datacenters");
        String connectionId = new ObjectId().toHexString();
        SyncTracker tracker = services.discoveryApp().getBean(SyncTracker.class);
        Instant start = Instant.parse("2026-12-08T04:00:00Z");
        List<RunUnit> units = List.of(new RunUnit("describe_instances", "us-east-1"));

        assertThat(tracker.currentRunId(datacenter.toHexString(), TASK, connectionId)).isEmpty();
        tracker.start(new SyncRun("run-1", "file", connectionId, TASK, start), datacenter.toHexString(), units);
        tracker.chunkLoaded(new SyncRun("run-1", "file", connectionId, TASK, start), datacenter.toHexString(),
                units.get(0), 0, new LoadOutcome(List.of("k"), 1, 0, 0, List.of()));
        assertThat(tracker.currentRunId(datacenter.toHexString(), TASK, connectionId)).contains("run-1");
        tracker.start(new SyncRun("run-2", "file", connectionId, TASK, start.plusSeconds(60)), datacenter.toHexString(),
                units);

        assertThat(tracker.currentRunId(datacenter.toHexString(), TASK, connectionId)).contains("run-2");
        assertThat(tracker.currentRunId(datacenter.toHexString(), "volumes-import", connectionId)).isEmpty();
        assertThat(tracker.currentRunId(datacenter.toHexString(), TASK, new ObjectId().toHexString())).isEmpty();
    }

    /** Waits for each server's history, and asserts it is one {@code create} row. */
    private static void assertOneCreateRowEach(List<Document> stored) throws InterruptedException {
        for (Document server : stored) {
            List<Document> rows = eventually(() -> auditRows(server).isEmpty() ? null : auditRows(server),
                    Duration.ofSeconds(30), "the history of " + server.getString("unique_id"));
            assertThat(rows).as("the history of " + server.getString("unique_id")).hasSize(1)
                    .extracting(row -> row.getString("change")).containsExactly("create");
        }
    }

    private static List<Document> auditRows(Document server) {
        return services.history().find(Query.query(Criteria.where("entity_id").is(server.getObjectId("_id"))),
                Document.class, "audits");
    }

    /**
     * A run whose one page (server-app answering for the file) takes longer than {@code stale-after} is working, not
     * interrupted: its step in flight keeps telling the tracker, and the run ends with its counts.
     */
    @Test
    void aPageThatTakesLongerThanStaleAfterDoesNotEndItsRun() throws Exception {
        ObjectId connection = fileConnection("slow.json", STALE_AFTER.multipliedBy(2));
        assertThat(services.crawl("file", connection.toHexString(), TASK).statusCode()).isEqualTo(201);

        assertThat(finishedMessage(connection)).as("not ended by the watchdog while the page was read")
                .startsWith("Success. " + SERVERS + " created, 0 updated, 0 unchanged");
        assertEveryServerStoredOnce(connection);
    }

    /** A file connection of a new owner whose uploaded file lists {@link #SERVERS} servers. */
    private static ObjectId fileConnection(String file) {
        return fileConnection(file, Duration.ZERO);
    }

    /** As {@link #fileConnection(String)}, server-app answering for the file after {@code answeredAfter}. */
    private static ObjectId fileConnection(String file, Duration answeredAfter) {
        List<Map<String, Object>> servers = new ArrayList<>();
        for (int i = 0; i < SERVERS; i++) {
            servers.add(Map.of("name", file + "-server-" + i, "ipv4_private", "10.1." + i / 250 + "." + i % 250,
                    "cpu", 2));
        }
        String path = "users/owner/" + file;
        services.serverApp().stubFor(get(urlPathEqualTo("/users/upload/file")).withQueryParam("filename", equalTo(path))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(JsonMapper.builder().build().writeValueAsString(Map.of("servers", servers)))
                        .withFixedDelay((int) answeredAfter.toMillis())));
        return services.storeConnection(new ObjectId(), "Imports DC", new Document("name", "json import")
                .append("provider", "File").append("service", "upload_file").append("regions", List.of()),
                Map.of("artifacts", List.of(path)));
    }

    /** Waits until part of the servers are stored, the run still in progress. */
    private static void halfWay(ObjectId connection) throws InterruptedException {
        eventually(() -> servers(connection).size() >= SERVERS / 10 ? true : null,
                Duration.ofSeconds(60), "a tenth of the servers stored");
        assertThat(services.finishedState(connection, TASK)).as("the run is still in progress").isNull();
    }

    private static String finishedMessage(ObjectId connection) throws InterruptedException {
        Document state = eventually(() -> services.finishedState(connection, TASK),
                Duration.ofSeconds(90), "the run's end");
        return state.getString("msg");
    }

    private static List<Document> servers(ObjectId connection) {
        return services.inventory().find(Query.query(Criteria.where("accountant").is(connection.toHexString())),
                Document.class, "servers");
    }

    private static void assertEveryServerStoredOnce(ObjectId connection) {
        assertThat(servers(connection)).hasSize(SERVERS)
                .extracting(server -> server.getString("unique_id")).doesNotHaveDuplicates();
    }
}
