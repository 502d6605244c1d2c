package io.maestro.discovery;

import io.maestro.common.testsupport.Eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.aws.AwsTestCloud;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An AWS {@code server-list} from start to end, through the real RabbitMQ: an {@code iam_aws} connection whose
 * {@code url} is a WireMock serving recorded DescribeInstances pages, crawled by discovery-app with data-app,
 * audit-app and websocket-app in the same JVM.
 */
@ExtendWith(OutputCaptureExtension.class)
class AwsSyncEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PAGE_2 = "eyJ2IjoiMiIsImMiOiJwYWdlLTIiLCJzIjoxfQ==";
    private static final String REGION = "us-east-1";

    private static InProcessServices services;
    private static AwsTestCloud aws;
    private static MongoTemplate inventory;
    private static MongoTemplate history;

    @BeforeAll
    static void startServices() {
        aws = new AwsTestCloud();
        services = InProcessServices.startRecording("discovery-aws-e2e");
        inventory = services.inventory();
        history = services.history();
        inventory.insert(List.of(
                // 0.6's seeded table: t3.micro with 1 vCPU, where EC2 says 2
                new Document("api_name", "t3.micro").append("vcpus", "1 vCPUs").append("memory", "1.0 GiB"),
                new Document("api_name", "m5.large").append("vcpus", "2 vCPUs").append("memory", "8.0 GiB")),
                "flavors-public"); // data-app's collection behind /flavors_public
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
        if (aws != null) {
            aws.close();
        }
    }

    @BeforeEach
    void forgetStubs() {
        aws.server().resetAll();
    }

    @Test
    void syncsInstancesThenDeactivatesTheGoneUpdatesTheChangedAndLeavesTheRest(CapturedOutput output)
            throws Exception {
        ObjectId owner = new ObjectId();
        ObjectId connection = connection(owner);
        ObjectId datacenter = datacenterOf(connection);
        aws.page("DescribeInstances", null, "ec2/describe-instances-1.xml");
        aws.page("DescribeInstances", PAGE_2, "ec2/describe-instances-2.xml");
        aws.instanceTypes();

        try (Browser browser = Browser.listen(services.websocketPort(), owner.toHexString())) {
            HttpResponse<String> started = crawl(connection);

            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            assertKeysAbsent(started.body());
            assertThat(JSON.readTree(started.body()).path("msg").asString()).isEqualTo("In progress. server-list");
            Document first = finished(connection);
            assertThat(first.getString("state")).as(first.toJson()).isEqualTo("success");
            assertThat(first.getString("msg")).startsWith("Success. 5 created, 0 updated, 0 unchanged, 0 deactivated. At ");
            JsonNode push = browser.nextNotice();
            assertThat(push.at("/data/notify/title").asString()).isEqualTo("AWS - Virginia");
            assertThat(push.at("/data/notify/msg").asString()).isEqualTo("Finish Sync - [AWS] server-list");
            assertThat(push.at("/data/notify/type").asString()).isEqualTo("success");
        }
        Document web = server("i-0a1b2c3d4e5f60001");
        assertThat(web.getString("name")).isEqualTo("Web-01");
        assertThat(web.getString("ipv4_private")).isEqualTo("10.0.1.12");
        assertThat(web.get("datacenters", Document.class)).containsEntry("_id", datacenter)
                .containsEntry("name", "AWS - Virginia").containsEntry("instance", "t3.micro")
                .containsEntry("zone", "us-east-1a").containsEntry("region", REGION);
        assertThat(web.getInteger("cpu")).as("EC2's DescribeInstanceTypes, not the stale flavor table")
                .isEqualTo(2);
        assertThat(web.getDouble("memory")).isEqualTo(1.0);
        assertThat(web.getString("status")).isEqualTo("Active");
        assertThat(web.getBoolean("active")).isTrue();
        assertThat(web.getList("accountant", String.class)).containsExactly(connection.toHexString());
        assertThat(web.getList("roles", Document.class).get(0).getObjectId("_id")).isEqualTo(owner);
        assertThat(web.get("first_seen_at")).isInstanceOf(Date.class).isEqualTo(web.get("last_seen_at"));
        assertThat(server("i-0a1b2c3d4e5f60002").getInteger("cpu")).as("m5.large").isEqualTo(2);
        assertThat(server("i-0a1b2c3d4e5f60002").getString("status")).isEqualTo("Stopped");
        assertThat(server("i-0a1b2c3d4e5f60003").getBoolean("active")).as("terminated").isFalse();
        List<String> instances = List.of("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002", "i-0a1b2c3d4e5f60003",
                "i-0a1b2c3d4e5f60004", "i-0a1b2c3d4e5f60005");
        for (String instance : instances) {
            Document stored = server(instance);
            assertThat(eventually(() -> auditRows(stored).isEmpty() ? null : auditRows(stored), "the audit of " + instance))
                    .singleElement().satisfies(row -> assertThat(row.getString("user"))
                            .isEqualTo("discovery (Production AWS)"));
        }
        Map<String, Document> before = servers(instances);

        // The next run: i-...0004 is gone, i-...0005 was renamed.
        aws.server().resetAll();
        aws.page("DescribeInstances", null, "ec2/describe-instances-1.xml");
        aws.page("DescribeInstances", PAGE_2, "ec2/describe-instances-2-next-run.xml");
        aws.instanceTypes();
        services.forgetStates(connection);
        Thread.sleep(1100); // so that the second run's last_seen_at is a later second than the first's

        assertThat(crawl(connection).statusCode()).isEqualTo(201);
        Document second = finished(connection);

        assertThat(second.getString("msg")).as(second.toJson())
                .startsWith("Success. 0 created, 1 updated, 3 unchanged, 1 deactivated. At ");
        Document gone = server("i-0a1b2c3d4e5f60004");
        assertThat(gone.getBoolean("active")).isFalse();
        assertThat(gone.get("last_seen_at")).isEqualTo(before.get("i-0a1b2c3d4e5f60004").get("last_seen_at"));
        Document changed = server("i-0a1b2c3d4e5f60005");
        assertThat(changed.getString("name")).isEqualTo("Canary-v2");
        assertThat(changed.get("first_seen_at")).isEqualTo(before.get("i-0a1b2c3d4e5f60005").get("first_seen_at"));
        assertThat(eventually(() -> auditRows(changed).size() == 2 ? auditRows(changed) : null, "the audit of the change"))
                .hasSize(2);
        for (String instance : List.of("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60002", "i-0a1b2c3d4e5f60003")) {
            Document untouched = server(instance);
            assertThat((Date) untouched.get("last_seen_at")).isAfter((Date) before.get(instance).get("last_seen_at"));
            assertThat(untouched.get("seen_by", Document.class).getString(connection.toHexString()))
                    .isEqualTo(((Date) untouched.get("last_seen_at")).toInstant().toString());
            assertThat(withoutLastSeen(untouched)).as("not rewritten").isEqualTo(withoutLastSeen(before.get(instance)));
            assertThat(auditRows(untouched)).hasSize(1);
        }
        assertThat(auditRows(gone)).hasSize(1);

        assertThat(services.published()).isNotEmpty().allSatisfy(AwsSyncEndToEndTest::assertKeysAbsent);
        assertKeysAbsent(output.getAll());
    }

    @Test
    void refusedKeysAreTheTasksDangerStateWithAwsWordsAndDeactivateNothing(CapturedOutput output) throws Exception {
        ObjectId connection = connection(new ObjectId());
        ObjectId datacenter = datacenterOf(connection);
        for (String instance : List.of("i-0f0e0d0c0b0a00001", "i-0f0e0d0c0b0a00002")) {
            inventory.insert(new Document("unique_id", instance).append("name", instance).append("active", true)
                    .append("accountant", List.of(connection.toHexString()))
                    .append("datacenters", new Document("_id", datacenter).append("region", REGION)), "servers");
        }
        aws.server().stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(AwsTestCloud.resource("ec2/error-auth-failure.xml"))));

        HttpResponse<String> started = crawl(connection);

        assertThat(started.statusCode()).isEqualTo(201);
        assertKeysAbsent(started.body());
        Document state = finished(connection);
        assertThat(state.getString("state")).isEqualTo("danger");
        assertThat(state.getString("msg")).startsWith("describe_instances in " + REGION + ": DescribeInstances failed: "
                + "AuthFailure: AWS was not able to validate the provided access credentials. At ");
        assertThat(inventory.count(Query.query(Criteria.where("accountant").is(connection.toHexString())
                .and("active").is(true)), "servers")).isEqualTo(2);
        assertThat(services.published()).isNotEmpty().allSatisfy(AwsSyncEndToEndTest::assertKeysAbsent);
        assertKeysAbsent(output.getAll());
    }

    private static void assertKeysAbsent(String text) {
        assertThat(text).doesNotContain(AwsTestCloud.ACCESS_KEY).doesNotContain(AwsTestCloud.SECRET_KEY);
    }

    /** A datacenter and an {@code iam_aws} connection of the owner, its calls sent to WireMock. */
    private static ObjectId connection(ObjectId owner) {
        return services.storeConnection(owner, "AWS - Virginia", new Document("name", "Production AWS")
                .append("provider", "AWS").append("service", "iam_aws")
                .append("regions", List.of("us-east-1 (N. Virginia)")).append("url", aws.server().baseUrl()),
                Map.of("access", AwsTestCloud.ACCESS_KEY, "secret", AwsTestCloud.SECRET_KEY));
    }

    private static ObjectId datacenterOf(ObjectId connection) {
        return new ObjectId(inventory.findById(connection, Document.class, "connections").getString("dc_id"));
    }

    private static HttpResponse<String> crawl(ObjectId connection) throws Exception {
        return services.crawl("aws", connection.toHexString(), "server-list");
    }

    private static Document finished(ObjectId connection) throws InterruptedException {
        return eventually(() -> services.finishedState(connection, "server-list"), "the run's state");
    }

    private static Document server(String instanceId) {
        return inventory.findOne(Query.query(Criteria.where("unique_id").is(instanceId)), Document.class, "servers");
    }

    private static Map<String, Document> servers(List<String> instanceIds) {
        return instanceIds.stream().collect(Collectors.toMap(id -> id, AwsSyncEndToEndTest::server));
    }

    /** The record without when it was last seen ({@code last_seen_at}, and the connection's {@code seen_by}). */
    private static Document withoutLastSeen(Document server) {
        Document copy = new Document(server);
        copy.remove("last_seen_at");
        copy.remove("seen_by");
        return copy;
    }

    private static List<Document> auditRows(Document record) {
        return history.find(Query.query(Criteria.where("entity_id").is(record.getObjectId("_id"))), Document.class,
                "audits");
    }

    private static <T> T eventually(Supplier<T> probe, String what) throws InterruptedException {
        return Eventually.eventually(probe, Duration.ofSeconds(60), what);
    }
}
