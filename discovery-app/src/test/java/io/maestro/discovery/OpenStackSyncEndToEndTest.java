package io.maestro.discovery;

import io.maestro.common.testsupport.Eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.openstack.OpenStackTestCloud;
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
 * An OpenStack {@code server-list} from start to end, through the real RabbitMQ: an {@code OpenStack} connection whose
 * auth URL is a WireMock serving Keystone v3 and recorded Nova pages, crawled by discovery-app with data-app, audit-app
 * and websocket-app in the same JVM.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenStackSyncEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WEB = "1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    private static final String DB = "2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private static final String CACHE = "3b2c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    private static final String FAILED = "4c3d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f";

    private static InProcessServices services;
    private static OpenStackTestCloud openstack;
    private static MongoTemplate inventory;
    private static MongoTemplate history;

    @BeforeAll
    static void startServices() {
        openstack = new OpenStackTestCloud();
        services = InProcessServices.startRecording("discovery-openstack-e2e");
        inventory = services.inventory();
        history = services.history();
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
        if (openstack != null) {
            openstack.close();
        }
    }

    @BeforeEach
    void forgetStubs() {
        openstack.server().resetAll();
        openstack.token("keystone/token.json");
    }

    @Test
    void syncsServersThenDeactivatesTheGoneUpdatesTheChangedAndLeavesTheRest(CapturedOutput output)
            throws Exception {
        ObjectId owner = new ObjectId();
        ObjectId connection = connection(owner);
        ObjectId datacenter = datacenterOf(connection);
        openstack.recordAll();

        try (Browser browser = Browser.listen(services.websocketPort(), owner.toHexString())) {
            HttpResponse<String> started = crawl(connection);

            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            assertSecretsAbsent(started.body());
            assertThat(JSON.readTree(started.body()).path("msg").asString()).isEqualTo("In progress. server-list");
            Document first = finished(connection);
            assertThat(first.getString("state")).as(first.toJson()).isEqualTo("success");
            assertThat(first.getString("msg")).startsWith("Success. 4 created, 0 updated, 0 unchanged, 0 deactivated. At ");
            JsonNode push = browser.nextNotice();
            assertThat(push.at("/data/notify/title").asString()).isEqualTo("OpenStack - Lab");
            assertThat(push.at("/data/notify/msg").asString()).isEqualTo("Finish Sync - [OpenStack] server-list");
            assertThat(push.at("/data/notify/type").asString()).isEqualTo("success");
        }
        Document web = server(WEB);
        assertThat(web.getString("name")).isEqualTo("web-01");
        assertThat(web.getString("ipv4_private")).isEqualTo("10.10.0.11");
        assertThat(web.getString("ipv4_public")).isEqualTo("203.0.113.21");
        assertThat(web.get("datacenters", Document.class)).containsEntry("_id", datacenter)
                .containsEntry("name", "OpenStack - Lab").containsEntry("instance", "m1.medium")
                .containsEntry("zone", "nova").containsEntry("region", OpenStackTestCloud.REGION);
        assertThat(web.getInteger("cpu")).as("from Nova's flavors").isEqualTo(2);
        assertThat(web.getDouble("memory")).isEqualTo(4.0);
        assertThat(web.getString("environment")).isEqualTo("Production");
        assertThat(web.getList("accountant", String.class)).containsExactly(connection.toHexString());
        assertThat(web.get("first_seen_at")).isInstanceOf(Date.class).isEqualTo(web.get("last_seen_at"));
        assertThat(server(DB).getString("status")).isEqualTo("Stopped");
        assertThat(server(FAILED).getBoolean("active")).as("a server in ERROR").isFalse();
        List<String> servers = List.of(WEB, DB, CACHE, FAILED);
        for (String id : servers) {
            Document stored = server(id);
            assertThat(eventually(() -> auditRows(stored).isEmpty() ? null : auditRows(stored), "the audit of " + id))
                    .singleElement().satisfies(row -> assertThat(row.getString("user"))
                            .isEqualTo("discovery (Private cloud)"));
        }
        Map<String, Document> before = servers(servers);

        // The next run: db-01 is gone, web-01 moved to staging.
        openstack.recordServersRerun();
        services.forgetStates(connection);
        Thread.sleep(1100); // so that the second run's last_seen_at is a later second than the first's

        assertThat(crawl(connection).statusCode()).isEqualTo(201);
        Document second = finished(connection);

        assertThat(second.getString("msg")).as(second.toJson())
                .startsWith("Success. 0 created, 1 updated, 2 unchanged, 1 deactivated. At ");
        Document gone = server(DB);
        assertThat(gone.getBoolean("active")).isFalse();
        assertThat(gone.get("last_seen_at")).isEqualTo(before.get(DB).get("last_seen_at"));
        Document changed = server(WEB);
        assertThat(changed.getString("environment")).isEqualTo("Staging");
        assertThat(changed.get("first_seen_at")).isEqualTo(before.get(WEB).get("first_seen_at"));
        assertThat(eventually(() -> auditRows(changed).size() == 2 ? auditRows(changed) : null, "the audit of the change"))
                .hasSize(2);
        Document untouched = server(CACHE);
        assertThat((Date) untouched.get("last_seen_at")).isAfter((Date) before.get(CACHE).get("last_seen_at"));
        assertThat(auditRows(untouched)).hasSize(1);

        assertThat(services.published()).isNotEmpty().allSatisfy(OpenStackSyncEndToEndTest::assertSecretsAbsent);
        assertSecretsAbsent(output.getAll());
    }

    @Test
    void keystoneRefusingThePasswordIsTheTasksDangerStateAndDeactivatesNothing(CapturedOutput output)
            throws Exception {
        ObjectId connection = connection(new ObjectId());
        ObjectId datacenter = datacenterOf(connection);
        inventory.insert(new Document("unique_id", "5d4e6f7a-8b9c-4d0e-8f1a-3b4c5d6e7f8a").append("name", "legacy-01")
                .append("active", true).append("accountant", List.of(connection.toHexString()))
                .append("datacenters", new Document("_id", datacenter)
                        .append("region", OpenStackTestCloud.REGION)), "servers");
        openstack.server().stubFor(post(urlPathEqualTo("/identity/v3/auth/tokens"))
                .willReturn(openstack.json(401, "keystone/error-unauthorized.json")));

        HttpResponse<String> started = crawl(connection);

        assertThat(started.statusCode()).isEqualTo(201);
        Document state = finished(connection);
        assertThat(state.getString("state")).isEqualTo("danger");
        assertThat(state.getString("msg")).startsWith("servers in RegionOne: Keystone refused the credentials:"
                + " Unauthorized: The request you have made requires authentication.");
        assertThat(inventory.count(Query.query(Criteria.where("accountant").is(connection.toHexString())
                .and("active").is(true)), "servers")).isEqualTo(1);
        assertThat(services.published()).isNotEmpty().allSatisfy(OpenStackSyncEndToEndTest::assertSecretsAbsent);
        assertSecretsAbsent(output.getAll());
    }

    private static void assertSecretsAbsent(String text) {
        assertThat(text).doesNotContain(OpenStackTestCloud.PASSWORD).doesNotContain(OpenStackTestCloud.TOKEN);
    }

    /** A datacenter and an {@code OpenStack} connection of the owner, its auth URL a WireMock. */
    private static ObjectId connection(ObjectId owner) {
        return services.storeConnection(owner, "OpenStack - Lab", new Document("name", "Private cloud")
                .append("provider", "OpenStack").append("service", "OpenStack")
                .append("regions", List.of(OpenStackTestCloud.REGION))
                .append("url", openstack.server().baseUrl() + "/identity").append("project", "ops")
                .append("user_domain_id", "default"),
                Map.of("username", OpenStackTestCloud.USERNAME, "password", OpenStackTestCloud.PASSWORD));
    }

    private static ObjectId datacenterOf(ObjectId connection) {
        return new ObjectId(inventory.findById(connection, Document.class, "connections").getString("dc_id"));
    }

    private static HttpResponse<String> crawl(ObjectId connection) throws Exception {
        return services.crawl("openstack", connection.toHexString(), "server-list");
    }

    private static Document finished(ObjectId connection) throws InterruptedException {
        return eventually(() -> services.finishedState(connection, "server-list"), "the run's state");
    }

    private static Document server(String uniqueId) {
        return inventory.findOne(Query.query(Criteria.where("unique_id").is(uniqueId)), Document.class, "servers");
    }

    private static Map<String, Document> servers(List<String> uniqueIds) {
        return uniqueIds.stream().collect(Collectors.toMap(id -> id, OpenStackSyncEndToEndTest::server));
    }

    private static List<Document> auditRows(Document record) {
        return history.find(Query.query(Criteria.where("entity_id").is(record.getObjectId("_id"))), Document.class,
                "audits");
    }

    private static <T> T eventually(Supplier<T> probe, String what) throws InterruptedException {
        return Eventually.eventually(probe, Duration.ofSeconds(60), what);
    }
}
