package io.maestro.discovery;

import io.maestro.common.testsupport.Eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.azure.AzureTestCloud;
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
 * An Azure {@code server-list} from start to end, through the real RabbitMQ: a {@code sub_azure} connection whose
 * management endpoint ({@code url}) is a WireMock serving recorded Resource Manager pages, crawled by discovery-app with
 * data-app, audit-app and websocket-app in the same JVM.
 */
@ExtendWith(OutputCaptureExtension.class)
class AzureSyncEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VMS = AzureTestCloud.ARM + "Microsoft.Compute/virtualMachines";
    private static final String PAGE_2 = "cGFnZS0y";
    private static final String IDS = "/subscriptions/" + AzureTestCloud.SUBSCRIPTION + "/resourcegroups/";
    private static final String WEB = IDS + "rg-prod/providers/microsoft.compute/virtualmachines/web-01";
    private static final String DB = IDS + "rg-prod/providers/microsoft.compute/virtualmachines/db-01";
    private static final String BATCH = IDS + "rg-batch/providers/microsoft.compute/virtualmachines/batch-01";

    private static InProcessServices services;
    private static AzureTestCloud azure;
    private static MongoTemplate inventory;
    private static MongoTemplate history;

    @BeforeAll
    static void startServices() {
        azure = new AzureTestCloud();
        services = InProcessServices.startRecording("discovery-azure-e2e");
        inventory = services.inventory();
        history = services.history();
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
        if (azure != null) {
            azure.close();
        }
    }

    @BeforeEach
    void forgetStubs() {
        azure.server().resetAll();
    }

    @Test
    void syncsMachinesThenDeactivatesTheGoneUpdatesTheChangedAndLeavesTheRest(CapturedOutput output)
            throws Exception {
        ObjectId owner = new ObjectId();
        ObjectId connection = connection(owner);
        ObjectId datacenter = datacenterOf(connection);
        azure.recordAll();

        try (Browser browser = Browser.listen(services.websocketPort(), owner.toHexString())) {
            HttpResponse<String> started = crawl(connection);

            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            assertSecretsAbsent(started.body());
            assertThat(JSON.readTree(started.body()).path("msg").asString()).isEqualTo("In progress. server-list");
            Document first = finished(connection);
            assertThat(first.getString("state")).as(first.toJson()).isEqualTo("success");
            assertThat(first.getString("msg")).startsWith("Success. 3 created, 0 updated, 0 unchanged, 0 deactivated. At ");
            JsonNode push = browser.nextNotice();
            assertThat(push.at("/data/notify/title").asString()).isEqualTo("Azure - West Europe");
            assertThat(push.at("/data/notify/msg").asString()).isEqualTo("Finish Sync - [Azure] server-list");
            assertThat(push.at("/data/notify/type").asString()).isEqualTo("success");
        }
        Document web = server(WEB);
        assertThat(web.getString("name")).isEqualTo("web-01");
        assertThat(web.getString("ipv4_private")).isEqualTo("10.20.1.4");
        assertThat(web.getString("ipv4_public")).isEqualTo("20.105.12.34");
        assertThat(web.get("datacenters", Document.class)).containsEntry("_id", datacenter)
                .containsEntry("name", "Azure - West Europe").containsEntry("instance", "Standard_D2s_v3")
                .containsEntry("zone", "1").containsEntry("region", AzureTestCloud.REGION);
        assertThat(web.getInteger("cpu")).as("from the API's VM sizes").isEqualTo(2);
        assertThat(web.getDouble("memory")).isEqualTo(8.0);
        assertThat(web.getString("role")).isEqualTo("Web");
        assertThat(web.getList("accountant", String.class)).containsExactly(connection.toHexString());
        assertThat(web.get("first_seen_at")).isInstanceOf(Date.class).isEqualTo(web.get("last_seen_at"));
        assertThat(server(DB).getString("status")).isEqualTo("Stopped");
        assertThat(server(BATCH).getDouble("memory")).as("an M-series machine").isEqualTo(11400.0);
        List<String> machines = List.of(WEB, DB, BATCH);
        for (String machine : machines) {
            Document stored = server(machine);
            assertThat(eventually(() -> auditRows(stored).isEmpty() ? null : auditRows(stored), "the audit of " + machine))
                    .singleElement().satisfies(row -> assertThat(row.getString("user"))
                            .isEqualTo("discovery (Production Azure)"));
        }
        Map<String, Document> before = servers(machines);

        // The next run: batch-01 is gone, web-01 was retagged.
        azure.server().resetAll();
        azure.page(VMS, null, "compute/virtual-machines-1-next-run.json");
        azure.page(VMS, PAGE_2, "compute/virtual-machines-2-next-run.json");
        azure.resource(AzureTestCloud.ARM + "Microsoft.Compute/locations/westeurope/vmSizes",
                "compute/vm-sizes-westeurope.json");
        azure.recordNetworkInterfacesOfMachines();
        services.forgetStates(connection);
        Thread.sleep(1100); // so that the second run's last_seen_at is a later second than the first's

        assertThat(crawl(connection).statusCode()).isEqualTo(201);
        Document second = finished(connection);

        assertThat(second.getString("msg")).as(second.toJson())
                .startsWith("Success. 0 created, 1 updated, 1 unchanged, 1 deactivated. At ");
        Document gone = server(BATCH);
        assertThat(gone.getBoolean("active")).isFalse();
        assertThat(gone.get("last_seen_at")).isEqualTo(before.get(BATCH).get("last_seen_at"));
        Document changed = server(WEB);
        assertThat(changed.getString("role")).isEqualTo("Frontend");
        assertThat(changed.get("first_seen_at")).isEqualTo(before.get(WEB).get("first_seen_at"));
        assertThat(eventually(() -> auditRows(changed).size() == 2 ? auditRows(changed) : null, "the audit of the change"))
                .hasSize(2);
        Document untouched = server(DB);
        assertThat((Date) untouched.get("last_seen_at")).isAfter((Date) before.get(DB).get("last_seen_at"));
        assertThat(auditRows(untouched)).hasSize(1);

        assertThat(services.published()).isNotEmpty().allSatisfy(AzureSyncEndToEndTest::assertSecretsAbsent);
        assertSecretsAbsent(output.getAll());
    }

    @Test
    void aRefusalIsTheTasksDangerStateInAzuresWordsAndDeactivatesNothing(CapturedOutput output) throws Exception {
        ObjectId connection = connection(new ObjectId());
        ObjectId datacenter = datacenterOf(connection);
        inventory.insert(new Document("unique_id", IDS + "rg-legacy/providers/microsoft.compute/virtualmachines/legacy-01")
                .append("name", "legacy-01").append("active", true)
                .append("accountant", List.of(connection.toHexString()))
                .append("datacenters", new Document("_id", datacenter).append("region", AzureTestCloud.REGION)), "servers");
        azure.server().stubFor(get(anyUrl()).willReturn(azure.json(403, "error-authorization-failed.json")));

        HttpResponse<String> started = crawl(connection);

        assertThat(started.statusCode()).isEqualTo(201);
        Document state = finished(connection);
        assertThat(state.getString("state")).isEqualTo("danger");
        assertThat(state.getString("msg")).startsWith("virtual_machines in westeurope: VirtualMachines.ListAll failed: "
                + "AuthorizationFailed: The client '****' with object id");
        assertThat(inventory.count(Query.query(Criteria.where("accountant").is(connection.toHexString())
                .and("active").is(true)), "servers")).isEqualTo(1);
        assertThat(services.published()).isNotEmpty().allSatisfy(AzureSyncEndToEndTest::assertSecretsAbsent);
        assertSecretsAbsent(output.getAll());
    }

    private static void assertSecretsAbsent(String text) {
        assertThat(text).doesNotContain(AzureTestCloud.SECRET).doesNotContain(AzureTestCloud.CLIENT);
    }

    /** A datacenter and a {@code sub_azure} connection of the owner, its management endpoint a WireMock. */
    private static ObjectId connection(ObjectId owner) {
        return services.storeConnection(owner, "Azure - West Europe", new Document("name", "Production Azure")
                .append("provider", "Azure").append("service", "sub_azure")
                .append("regions", List.of("westeurope (West Europe)")).append("url", azure.server().baseUrl()),
                Map.of("tenant", AzureTestCloud.TENANT, "client", AzureTestCloud.CLIENT,
                        "secret", AzureTestCloud.SECRET, "sub", AzureTestCloud.SUBSCRIPTION));
    }

    private static ObjectId datacenterOf(ObjectId connection) {
        return new ObjectId(inventory.findById(connection, Document.class, "connections").getString("dc_id"));
    }

    private static HttpResponse<String> crawl(ObjectId connection) throws Exception {
        return services.crawl("azure", connection.toHexString(), "server-list");
    }

    private static Document finished(ObjectId connection) throws InterruptedException {
        return eventually(() -> services.finishedState(connection, "server-list"), "the run's state");
    }

    private static Document server(String uniqueId) {
        return inventory.findOne(Query.query(Criteria.where("unique_id").is(uniqueId)), Document.class, "servers");
    }

    private static Map<String, Document> servers(List<String> uniqueIds) {
        return uniqueIds.stream().collect(Collectors.toMap(id -> id, AzureSyncEndToEndTest::server));
    }

    private static List<Document> auditRows(Document record) {
        return history.find(Query.query(Criteria.where("entity_id").is(record.getObjectId("_id"))), Document.class,
                "audits");
    }

    private static <T> T eventually(Supplier<T> probe, String what) throws InterruptedException {
        return Eventually.eventually(probe, Duration.ofSeconds(60), what);
    }
}
