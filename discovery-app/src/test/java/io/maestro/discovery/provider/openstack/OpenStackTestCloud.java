package io.maestro.discovery.provider.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.RecordedPages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A recorded OpenStack for tests: WireMock answers Keystone v3's token request ({@code POST
 * /identity/v3/auth/tokens} → 201, {@code X-Subject-Token} and a catalog whose endpoints are WireMock's) and the
 * services' JSON recorded in {@code src/test/resources/openstack/}, to the sessions production builds; throttling waits
 * are recorded, not slept.
 */
public final class OpenStackTestCloud implements AutoCloseable {

    public static final String USERNAME = "maestro-reader";
    public static final String PASSWORD = "S3cr3t-Keystone-Pa55word!";
    public static final String TOKEN = "gAAAAABnTestSubjectToken-0123456789";
    public static final String PROJECT_ID = "5b2d9c1e4f3a4b6c8d7e9f0a1b2c3d4e";
    public static final String CONNECTION_ID = "65b000000000000000000001";
    public static final String DATACENTER_ID = "65b000000000000000000002";
    public static final String OWNER_ID = "65b000000000000000000003";
    public static final String REGION = "RegionOne";
    public static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
    public static final String COMPUTE = "/compute/v2.1";
    public static final String VOLUME = "/volume/v3/" + PROJECT_ID;
    public static final String IMAGE = "/image";
    public static final String NETWORK = "/networking";
    public static final String LOAD_BALANCER = "/load-balancer";

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private OpenStackSessions sessions;

    public OpenStackTestCloud() {
        server.start();
        freshSessions();
        token("keystone/token.json");
    }

    /** New sessions, as after a restart: no token kept from an earlier test. */
    public OpenStackSessions freshSessions() {
        sessions = new OpenStackSessions(Duration.ofSeconds(10), Clock.systemUTC(), waits::add);
        return sessions;
    }

    public WireMockServer server() {
        return server;
    }

    public OpenStackSessions sessions() {
        return sessions;
    }

    /** What throttled calls waited, in order. */
    public List<Duration> waits() {
        return waits;
    }

    /** A connection of one owner with a user's password, its auth URL WireMock's Keystone. */
    public SyncConnection connection() {
        return connection(Map.of("username", USERNAME, "password", PASSWORD));
    }

    public SyncConnection connection(Map<String, String> credentials) {
        return new SyncConnection(CONNECTION_ID, "Private cloud", "OpenStack", OpenStackProvider.PASSWORD_SERVICE,
                "OpenStack - Lab", DATACENTER_ID, List.of(REGION), server.baseUrl() + "/identity", "ops", "default",
                Map.of("_id", OWNER_ID, "email", "ops@example.com"), List.of(), credentials);
    }

    public TranslationContext context() {
        return new TranslationContext(connection(), REGION, NOW, InventoryLookups.NONE);
    }

    /** Keystone issues the recorded token (with its catalog) to any credentials. */
    public void token(String resource) {
        server.stubFor(post(urlPathEqualTo("/identity/v3/auth/tokens")).willReturn(json(201, resource)
                .withHeader("X-Subject-Token", TOKEN)));
    }

    /** Answers {@code GET <path>} with a recorded page: the first when {@code marker} is null, else that marker's. */
    public void page(String path, String marker, String resource) {
        server.stubFor(get(urlPathEqualTo(path))
                .withQueryParam("marker", marker == null ? absent() : equalTo(marker))
                .withHeader("X-Auth-Token", equalTo(TOKEN))
                .willReturn(json(200, resource)));
    }

    public ResponseDefinitionBuilder json(int status, String resource) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("X-Openstack-Request-Id", "req-5f1c7a3e-0d9b-4e2a-9c61-2b7d8e4f1a30")
                .withBody(RecordedPages.resource("openstack", resource).replace("{{BASE}}", server.baseUrl()));
    }

    /** Every recording of the project's RegionOne: servers and flavors, volumes, snapshots, images, network, Octavia. */
    public void recordAll() {
        recordServers();
        page(COMPUTE + "/flavors/detail", null, "compute/flavors-1.json");
        page(COMPUTE + "/flavors/detail", "3", "compute/flavors-2.json");
        page(VOLUME + "/volumes/detail", null, "storage/volumes-1.json");
        page(VOLUME + "/volumes/detail", "7e6f5a4b-3c2d-4e1f-8a9b-8c7d6e5f4a3b", "storage/volumes-2.json");
        page(VOLUME + "/snapshots/detail", null, "storage/snapshots.json");
        page(IMAGE + "/v2/images", null, "storage/images-1.json");
        page(IMAGE + "/v2/images", "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", "storage/images-2.json");
        page(NETWORK + "/v2.0/networks", null, "network/networks.json");
        page(NETWORK + "/v2.0/subnets", null, "network/subnets.json");
        page(NETWORK + "/v2.0/ports", null, "network/ports-1.json");
        page(NETWORK + "/v2.0/ports", "c7d8e9f0-a1b2-4c3d-8e4f-6a7b8c9d0e1f", "network/ports-2.json");
        page(NETWORK + "/v2.0/routers", null, "network/routers.json");
        page(NETWORK + "/v2.0/security-groups", null, "network/security-groups.json");
        page(LOAD_BALANCER + "/v2/lbaas/loadbalancers", null, "loadbalancer/loadbalancers.json");
    }

    /** The servers' two pages (servers naming their flavor, and one embedding it), Nova accepting 2.1 at most. */
    public void recordServers() {
        computeVersion("compute/version-2.1.json");
        page(COMPUTE + "/servers/detail", null, "compute/servers-1.json");
        page(COMPUTE + "/servers/detail", "2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "compute/servers-2.json");
    }

    /** Nova's version document, the microversions the cloud accepts ({@code GET} of the compute endpoint). */
    public void computeVersion(String resource) {
        server.stubFor(get(urlPathEqualTo(COMPUTE)).willReturn(json(200, resource)));
    }

    /**
     * A cloud answering microversion 2.1 at most, Nova's {@code old-01} and {@code old-02} naming their flavors
     * ({@code 3}, {@code 4} of the recorded {@code /flavors/detail}); its servers answered at 2.1 only.
     */
    public void recordOldCloud() {
        computeVersion("compute/version-2.1.json");
        atMicroversion("2.1", COMPUTE + "/servers/detail", null, "compute/servers-2.1.json");
        atMicroversion("2.1", COMPUTE + "/flavors/detail", null, "compute/flavors-1.json");
        atMicroversion("2.1", COMPUTE + "/flavors/detail", "3", "compute/flavors-2.json");
    }

    /**
     * A cloud answering up to 2.96, its servers {@code new-01} and {@code new-02} embedding their flavors (without
     * their ids) when asked at 2.79 (discovery's newest), and its flavor list at 2.79.
     */
    public void recordNewCloud() {
        computeVersion("compute/version-2.96.json");
        atMicroversion("2.79", COMPUTE + "/servers/detail", null, "compute/servers-2.79.json");
        atMicroversion("2.79", COMPUTE + "/flavors/detail", null, "compute/flavors-1.json");
        atMicroversion("2.79", COMPUTE + "/flavors/detail", "3", "compute/flavors-2.json");
    }

    /** As {@link #page}, only when asked at that compute microversion. */
    private void atMicroversion(String microversion, String path, String marker, String resource) {
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("marker", marker == null ? absent() : equalTo(marker))
                .withHeader("X-Auth-Token", equalTo(TOKEN))
                .withHeader("OpenStack-API-Version", equalTo("compute " + microversion))
                .withHeader("X-OpenStack-Nova-API-Version", equalTo(microversion))
                .willReturn(json(200, resource)));
    }

    /**
     * A second run's servers, one page (WireMock answers with the newest stub): {@code db-01} is gone, {@code web-01}
     * moved to staging.
     */
    public void recordServersRerun() {
        page(COMPUTE + "/servers/detail", null, "compute/servers-rerun.json");
    }

    @Override
    public void close() {
        server.stop();
    }
}
