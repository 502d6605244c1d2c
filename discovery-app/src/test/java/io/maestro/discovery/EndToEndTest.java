package io.maestro.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.Eventually;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the end-to-end test classes share: the {@link InProcessServices} a class starts once (recording what
 * discovery-app publishes) and the recorded clouds it uses, both stopped after its tests; starting a task as server-app
 * does and waiting for its end; reading the records it stored and their audit rows; and checking that no secret of the
 * connection reached a message or a log line.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class EndToEndTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(90);
    private static final List<AutoCloseable> CLOUDS = new ArrayList<>();

    protected static InProcessServices services;
    protected static MongoTemplate inventory;
    protected static MongoTemplate history;

    /** Starts the services, discovery-app on its own {@code queue}; from the class's {@code @BeforeAll}. */
    protected static void startServices(String queue, String... discoveryArgs) {
        services = InProcessServices.startRecording(queue, discoveryArgs);
        inventory = services.inventory();
        history = services.history();
    }

    /** A recorded cloud the class uses, stopped after its tests. */
    protected static <T extends AutoCloseable> T cloud(T cloud) {
        CLOUDS.add(cloud);
        return cloud;
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (services != null) {
            services.close();
            services = null;
        }
        for (AutoCloseable cloud : CLOUDS) {
            cloud.close();
        }
        CLOUDS.clear();
    }

    /** {@code PUT /crawler/<provider>/<connection>/<task>}, as server-app starts a task. */
    protected static HttpResponse<String> crawl(String provider, ObjectId connection, String task) throws Exception {
        return services.crawl(provider, connection.toHexString(), task);
    }

    /** The connection's state of the task once its run has ended. */
    protected static Document finished(ObjectId connection, String task) throws InterruptedException {
        return eventually(() -> services.finishedState(connection, task), "the " + task + " run's state");
    }

    /**
     * Runs the task while the owner's browser listens: the answer is 201 "In progress. &lt;task&gt;" without any of
     * the secrets, the run succeeds and the browser gets the success toast of the datacenter; the run's end state.
     */
    protected static Document runWatched(ObjectId owner, ObjectId connection, String provider, String task,
            String datacenterName, String providerLabel, Collection<String> secrets) throws Exception {
        try (Browser browser = Browser.listen(services.websocketPort(), owner.toHexString())) {
            HttpResponse<String> started = crawl(provider, connection, task);

            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            assertNone(secrets, started.body());
            assertThat(JSON.readTree(started.body()).path("msg").asString()).isEqualTo("In progress. " + task);
            Document state = finished(connection, task);
            assertThat(state.getString("state")).as(state.toJson()).isEqualTo("success");
            JsonNode push = browser.nextNotice();
            assertThat(push.at("/data/notify/title").asString()).isEqualTo(datacenterName);
            assertThat(push.at("/data/notify/msg").asString())
                    .isEqualTo("Finish Sync - [" + providerLabel + "] " + task);
            assertThat(push.at("/data/notify/type").asString()).isEqualTo("success");
            return state;
        }
    }

    /**
     * Runs the task again once the last run's state is forgotten, a second later (so that its {@code last_seen_at} is
     * a later second than the last run's); the run's end state.
     */
    protected static Document rerun(String provider, ObjectId connection, String task) throws Exception {
        services.forgetStates(connection);
        Thread.sleep(1100);
        assertThat(crawl(provider, connection, task).statusCode()).isEqualTo(201);
        return finished(connection, task);
    }

    /** The datacenter of a stored connection. */
    protected static ObjectId datacenterOf(ObjectId connection) {
        return new ObjectId(inventory.findById(connection, Document.class, "connections").getString("dc_id"));
    }

    /** An active server of the connection in the region, as an earlier run left it. */
    protected static void storeActiveServer(ObjectId connection, String uniqueId, String name, String region) {
        inventory.insert(new Document("unique_id", uniqueId).append("name", name).append("active", true)
                .append("accountant", List.of(connection.toHexString()))
                .append("datacenters", new Document("_id", datacenterOf(connection)).append("region", region)),
                "servers");
    }

    /** How many of the connection's servers are active. */
    protected static long activeServers(ObjectId connection) {
        return inventory.count(Query.query(Criteria.where("accountant").is(connection.toHexString())
                .and("active").is(true)), "servers");
    }

    /** The stored server of that {@code unique_id}. */
    protected static Document server(String uniqueId) {
        return inventory.findOne(Query.query(Criteria.where("unique_id").is(uniqueId)), Document.class, "servers");
    }

    /** The stored servers of those {@code unique_id}s, by id. */
    protected static Map<String, Document> servers(List<String> uniqueIds) {
        return uniqueIds.stream().collect(Collectors.toMap(id -> id, EndToEndTest::server));
    }

    /** The audit rows of a stored record. */
    protected static List<Document> auditRows(Document record) {
        return history.find(Query.query(Criteria.where("entity_id").is(record.getObjectId("_id"))), Document.class,
                "audits");
    }

    /** Waits for each record's first audit row, and asserts it is the only one and written by the connection. */
    protected static void assertCreatedBy(String connectionName, Collection<Document> records)
            throws InterruptedException {
        for (Document record : records) {
            assertThat(eventually(() -> auditRows(record).isEmpty() ? null : auditRows(record),
                    "the audit of " + record.get("unique_id")))
                    .singleElement().satisfies(row -> assertThat(row.getString("user"))
                            .isEqualTo("discovery (" + connectionName + ")"));
        }
    }

    /** No secret in any message discovery-app published (there were some) nor in the log. */
    protected static void assertSecretsNowhere(Collection<String> secrets, CapturedOutput output) {
        assertThat(services.published()).isNotEmpty().allSatisfy(message -> assertNone(secrets, message));
        assertNone(secrets, output.getAll());
    }

    protected static void assertNone(Collection<String> secrets, String text) {
        secrets.forEach(secret -> assertThat(text).doesNotContain(secret));
    }

    protected static <T> T eventually(Supplier<T> probe, String what) throws InterruptedException {
        return Eventually.eventually(probe, LONGEST_WAIT, what);
    }
}
