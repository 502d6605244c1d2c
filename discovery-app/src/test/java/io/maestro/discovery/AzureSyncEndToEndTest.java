package io.maestro.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.azure.AzureTestCloud;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * An Azure {@code server-list} from start to end, through the real RabbitMQ: a {@code sub_azure} connection whose
 * management endpoint ({@code url}) is a WireMock serving recorded Resource Manager pages, crawled by discovery-app with
 * data-app, audit-app and websocket-app in the same JVM.
 */
class AzureSyncEndToEndTest extends EndToEndTest {

    private static final String VMS = AzureTestCloud.ARM + "Microsoft.Compute/virtualMachines";
    private static final String PAGE_2 = "cGFnZS0y";
    private static final String IDS = "/subscriptions/" + AzureTestCloud.SUBSCRIPTION + "/resourcegroups/";
    private static final String WEB = IDS + "rg-prod/providers/microsoft.compute/virtualmachines/web-01";
    private static final String DB = IDS + "rg-prod/providers/microsoft.compute/virtualmachines/db-01";
    private static final String BATCH = IDS + "rg-batch/providers/microsoft.compute/virtualmachines/batch-01";
    private static final List<String> SECRETS = List.of(AzureTestCloud.SECRET, AzureTestCloud.CLIENT);

    private static AzureTestCloud azure;

    @BeforeAll
    static void startAzure() {
        azure = cloud(new AzureTestCloud());
        startServices("discovery-azure-e2e");
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

        Document first = runWatched(owner, connection, "azure", "server-list", "Azure - West Europe", "Azure", SECRETS);

        assertThat(first.getString("msg")).startsWith("Success. 3 created, 0 updated, 0 unchanged, 0 deactivated. At ");
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
        assertCreatedBy("Production Azure", servers(List.of(WEB, DB, BATCH)).values());
        Map<String, Document> before = servers(List.of(WEB, DB, BATCH));

        // The next run: batch-01 is gone, web-01 was retagged.
        azure.server().resetAll();
        azure.page(VMS, null, "compute/virtual-machines-1-next-run.json");
        azure.page(VMS, PAGE_2, "compute/virtual-machines-2-next-run.json");
        azure.resource(AzureTestCloud.ARM + "Microsoft.Compute/locations/westeurope/vmSizes",
                "compute/vm-sizes-westeurope.json");
        azure.recordNetworkInterfacesOfMachines();
        Document second = rerun("azure", connection, "server-list");

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

        assertSecretsNowhere(SECRETS, output);
    }

    @Test
    void aRefusalIsTheTasksDangerStateInAzuresWordsAndDeactivatesNothing(CapturedOutput output) throws Exception {
        ObjectId connection = connection(new ObjectId());
        storeActiveServer(connection, IDS + "rg-legacy/providers/microsoft.compute/virtualmachines/legacy-01",
                "legacy-01", AzureTestCloud.REGION);
        azure.server().stubFor(get(anyUrl()).willReturn(azure.json(403, "error-authorization-failed.json")));

        assertThat(crawl("azure", connection, "server-list").statusCode()).isEqualTo(201);

        Document state = finished(connection, "server-list");
        assertThat(state.getString("state")).isEqualTo("danger");
        assertThat(state.getString("msg")).startsWith("virtual_machines in westeurope: VirtualMachines.ListAll failed: "
                + "AuthorizationFailed: The client '****' with object id");
        assertThat(activeServers(connection)).isEqualTo(1);
        assertSecretsNowhere(SECRETS, output);
    }

    /** A datacenter and a {@code sub_azure} connection of the owner, its management endpoint a WireMock. */
    private static ObjectId connection(ObjectId owner) {
        return services.storeConnection(owner, "Azure - West Europe", new Document("name", "Production Azure")
                .append("provider", "Azure").append("service", "sub_azure")
                .append("regions", List.of("westeurope (West Europe)")).append("url", azure.server().baseUrl()),
                Map.of("tenant", AzureTestCloud.TENANT, "client", AzureTestCloud.CLIENT,
                        "secret", AzureTestCloud.SECRET, "sub", AzureTestCloud.SUBSCRIPTION));
    }
}
