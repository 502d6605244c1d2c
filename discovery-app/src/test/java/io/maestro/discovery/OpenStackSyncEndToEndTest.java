package io.maestro.discovery;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.openstack.OpenStackTestCloud;
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
 * An OpenStack {@code server-list} from start to end, through the real RabbitMQ: an {@code OpenStack} connection whose
 * auth URL is a WireMock serving Keystone v3 and recorded Nova pages, crawled by discovery-app with data-app, audit-app
 * and websocket-app in the same JVM.
 */
class OpenStackSyncEndToEndTest extends EndToEndTest {

    private static final String WEB = "1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    private static final String DB = "2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private static final String CACHE = "3b2c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    private static final String FAILED = "4c3d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f";
    /** The old cloud's servers (flavors {@code 3}, {@code 4}) and the new one's (the same flavors embedded). */
    private static final String OLD_01 = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c01";
    private static final String OLD_02 = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c02";
    private static final String NEW_01 = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c11";
    private static final String NEW_02 = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c12";
    private static final List<String> SECRETS = List.of(OpenStackTestCloud.PASSWORD, OpenStackTestCloud.TOKEN);

    private static OpenStackTestCloud openstack;

    @BeforeAll
    static void startOpenStack() {
        openstack = cloud(new OpenStackTestCloud());
        startServices("discovery-openstack-e2e");
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

        Document first = runWatched(owner, connection, "openstack", "server-list", "OpenStack - Lab", "OpenStack",
                SECRETS);

        assertThat(first.getString("msg")).startsWith("Success. 4 created, 0 updated, 0 unchanged, 0 deactivated. At ");
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
        assertCreatedBy("Private cloud", servers(List.of(WEB, DB, CACHE, FAILED)).values());
        Map<String, Document> before = servers(List.of(WEB, DB, CACHE, FAILED));

        // The next run: db-01 is gone, web-01 moved to staging.
        openstack.recordServersRerun();
        Document second = rerun("openstack", connection, "server-list");

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

        assertSecretsNowhere(SECRETS, output);
    }

    /**
     * An old cloud (microversion 2.1 at most: servers name their flavor) and a new one (read at 2.79: servers embed
     * it) store the same cpu and memory for servers of the same flavors.
     */
    @Test
    void oldAndNewNovaMicroversionsStoreTheSameCpuAndMemory() throws Exception {
        ObjectId old = connection(new ObjectId());
        openstack.recordOldCloud();
        assertThat(crawl("openstack", old, "server-list").statusCode()).isEqualTo(201);
        assertThat(finished(old, "server-list").getString("msg")).startsWith("Success. 2 created, ");

        ObjectId recent = connection(new ObjectId());
        openstack.recordNewCloud();
        assertThat(crawl("openstack", recent, "server-list").statusCode()).isEqualTo(201);
        assertThat(finished(recent, "server-list").getString("msg")).startsWith("Success. 2 created, ");

        for (String[] pair : new String[][] {{OLD_01, NEW_01}, {OLD_02, NEW_02}}) {
            Document fromFlavors = server(pair[0]);
            Document embedded = server(pair[1]);
            assertThat(List.of(embedded.get("cpu"), embedded.get("memory")))
                    .isEqualTo(List.of(fromFlavors.get("cpu"), fromFlavors.get("memory")));
        }
        assertThat(server(OLD_01).getInteger("cpu")).isEqualTo(2);
        assertThat(server(OLD_01).getDouble("memory")).isEqualTo(4.0);
        assertThat(server(NEW_02).getInteger("cpu")).isEqualTo(8);
        assertThat(server(NEW_02).getDouble("memory")).isEqualTo(64.0);
    }

    @Test
    void keystoneRefusingThePasswordIsTheTasksDangerStateAndDeactivatesNothing(CapturedOutput output)
            throws Exception {
        ObjectId connection = connection(new ObjectId());
        storeActiveServer(connection, "5d4e6f7a-8b9c-4d0e-8f1a-3b4c5d6e7f8a", "legacy-01", OpenStackTestCloud.REGION);
        openstack.server().stubFor(post(urlPathEqualTo("/identity/v3/auth/tokens"))
                .willReturn(openstack.json(401, "keystone/error-unauthorized.json")));

        assertThat(crawl("openstack", connection, "server-list").statusCode()).isEqualTo(201);

        Document state = finished(connection, "server-list");
        assertThat(state.getString("state")).isEqualTo("danger");
        assertThat(state.getString("msg")).startsWith("servers in RegionOne: Keystone refused the credentials:"
                + " Unauthorized: The request you have made requires authentication.");
        assertThat(activeServers(connection)).isEqualTo(1);
        assertSecretsNowhere(SECRETS, output);
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
}
