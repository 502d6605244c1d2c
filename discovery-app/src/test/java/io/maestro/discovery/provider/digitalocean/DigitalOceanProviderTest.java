package io.maestro.discovery.provider.digitalocean;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DigitalOcean's API played by WireMock with recorded pages: the pages followed through {@code links.pages.next}, the
 * rate limit waited for (a 429, a spent budget), a refused token, and each list translated.
 */
class DigitalOceanProviderTest {

    private static final String TOKEN = DigitalOceanTestCloud.TOKEN;
    private static final Instant NOW = DigitalOceanTestCloud.NOW;
    private static DigitalOceanTestCloud cloud;
    private static WireMockServer digitalOcean;
    private final List<Duration> waits = new ArrayList<>();
    private DigitalOceanProvider provider;

    @BeforeAll
    static void start() {
        cloud = new DigitalOceanTestCloud();
        digitalOcean = cloud.server();
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @BeforeEach
    void reset() {
        digitalOcean.resetAll();
        provider = new DigitalOceanProvider(new DigitalOceanApi(Duration.ofSeconds(5), Clock.fixed(NOW, ZoneOffset.UTC),
                waits::add));
    }

    private static String recorded(String name) {
        return DigitalOceanTestCloud.recorded(name);
    }

    private static void page(String path, String page, String body, String remaining) {
        cloud.page(path, page, body, remaining);
    }

    private static SyncConnection connection(String token) {
        return cloud.connection(token);
    }

    private static TranslationContext context() {
        return new TranslationContext(connection(TOKEN), "all", NOW, InventoryLookups.NONE);
    }

    private DiscoveryCommand command(String task, int index) {
        return provider.tasks().get(task).get(index);
    }

    private List<Map<String, Object>> everyPage(DiscoveryCommand command) {
        List<Map<String, Object>> items = new ArrayList<>();
        String token = null;
        do {
            FetchedPage page = command.get(connection(TOKEN), "all", token);
            items.addAll(page.items());
            token = page.nextToken();
        } while (token != null);
        return items;
    }

    @Test
    void dropletsArePagedThroughTheNextLinkAndAreServers() {
        page("/v2/droplets", "1", recorded("droplets-1.json"), "4999");
        page("/v2/droplets", "2", recorded("droplets-2.json"), "4998");

        List<Map<String, Object>> droplets = everyPage(command("server-list", 0));
        List<Map<String, Object>> servers = command("server-list", 0).translate(droplets, context());

        digitalOcean.verify(getRequestedFor(urlPathEqualTo("/v2/droplets")).withQueryParam("per_page", equalTo("200")));
        assertThat(servers).extracting(server -> server.get("unique_id")).containsExactly("412345678", "412345679");
        Map<String, Object> edge = servers.get(0);
        assertThat(edge).containsEntry("name", "edge-ams3").containsEntry("ipv4_private", "10.110.0.2")
                .containsEntry("ipv4_public", "188.166.1.10").containsEntry("cpu", 1).containsEntry("memory", 2.0)
                .containsEntry("os", Map.of("base", "Linux", "dist", "Ubuntu", "version", "22.04 (LTS) x64"))
                .containsEntry("tags", List.of(Map.of("key", "edge", "value", "true"), Map.of("key", "web", "value", "true")))
                .containsEntry("status", "Active").doesNotContainKey("active")
                .containsEntry("storage", List.of(Map.of("name", "disk", "size", 50, "root", "true")));
        assertThat(edge.get("datacenters")).isEqualTo(Map.of("name", "DO DC", "_id", "64e000000000000000000002",
                "provider", "Digital Ocean", "region", "ams3", "zone", "Amsterdam 3", "type", "Virtual",
                "instance", "s-1vcpu-2gb", "image_id", "ubuntu-22-04-x64", "vpc_uuid",
                "5a4981aa-9653-4bd1-bef5-d6bff52042e4"));
        assertThat(((Map<?, ?>) edge.get("metas")).get("ipv6")).isEqualTo("2a03:b0c0:2:d0::1a:1");
        assertThat(servers.get(1)).containsEntry("status", "Stopped").containsEntry("active", false)
                .containsEntry("memory", 8.0).doesNotContainKey("ipv4_public");
        assertThat(waits).isEmpty();
    }

    @Test
    void aRateLimitedPageIsTriedAgainAfterTheResetNotFailed() {
        digitalOcean.stubFor(get(urlPathEqualTo("/v2/volumes")).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("ratelimit-remaining", "0")
                        .withHeader("ratelimit-reset", String.valueOf(NOW.getEpochSecond() + 7))
                        .withBody(recorded("error-429.json")))
                .willSetStateTo("reset"));
        digitalOcean.stubFor(get(urlPathEqualTo("/v2/volumes")).inScenario("limit").whenScenarioStateIs("reset")
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withHeader("ratelimit-remaining", "4999").withBody(recorded("volumes.json"))));

        FetchedPage page = command("volumes-list", 0).get(connection(TOKEN), "all", null);

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(command("volumes-list", 0).translate(page.items(), context())).singleElement()
                .satisfies(volume -> assertThat(volume).containsEntry("unique_id", "506f78a4-e098-11e5-ad9f-000f53306ae1")
                        .containsEntry("name", "edge-data").containsEntry("size", 50)
                        .containsEntry("volume_type", "ext4").containsEntry("droplets_ids", List.of(412345678)));
    }

    @Test
    void aPageThatSpendsTheBudgetWaitsForTheResetBeforeTheNextCall() {
        page("/v2/load_balancers", "1", recorded("load_balancers.json"), "0");

        FetchedPage page = command("loadbalance-list", 0).get(connection(TOKEN), "all", null);

        assertThat(waits).containsExactly(Duration.ofSeconds(30));
        assertThat(command("loadbalance-list", 0).translate(page.items(), context())).singleElement()
                .satisfies(balancer -> assertThat(balancer).containsEntry("family", "Loadbalance")
                        .containsEntry("provider", "LB (DigitalOcean)").containsEntry("name", "front")
                        .containsEntry("status", "Active"));
    }

    @Test
    void firewallsAndVpcsAreNetworks() {
        page("/v2/firewalls", "1", recorded("firewalls.json"), "4990");
        page("/v2/vpcs", "1", recorded("vpcs.json"), "4989");

        Map<String, Object> firewall = command("network-list", 0)
                .translate(everyPage(command("network-list", 0)), context()).get(0);
        Map<String, Object> vpc = command("network-list", 1).translate(everyPage(command("network-list", 1)), context())
                .get(0);

        assertThat(firewall).containsEntry("family", "Firewall").containsEntry("name", "web")
                .containsEntry("status", "Succeeded").containsKey("inbound_rules");
        assertThat(vpc).containsEntry("family", "Vpc").containsEntry("cidr_block", "10.110.0.0/20")
                .containsEntry("is_default", true);
        assertThat(((Map<?, ?>) vpc.get("datacenters")).get("region")).isEqualTo("ams3");
    }

    @Test
    void theAccountsImagesAndSnapshotsCdnEndpointsAndKubernetesClusters() {
        digitalOcean.stubFor(get(urlPathEqualTo("/v2/images")).withQueryParam("private", equalTo("true"))
                .withQueryParam("page", equalTo("1")).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json").withBody(recorded("images.json"))));
        page("/v2/snapshots", "1", recorded("snapshots.json"), "4980");
        page("/v2/cdn/endpoints", "1", recorded("cdn_endpoints.json"), "4979");
        page("/v2/kubernetes/clusters", "1", recorded("kubernetes_clusters.json"), "4978");

        Map<String, Object> image = command("images-list", 0).translate(everyPage(command("images-list", 0)), context())
                .get(0);
        Map<String, Object> snapshot = command("snapshot-list", 0)
                .translate(everyPage(command("snapshot-list", 0)), context()).get(0);
        Map<String, Object> cdn = command("cdns-list", 0).translate(everyPage(command("cdns-list", 0)), context()).get(0);
        Map<String, Object> cluster = command("container-orchestration-list", 0)
                .translate(everyPage(command("container-orchestration-list", 0)), context()).get(0);

        assertThat(image).containsEntry("unique_id", "7555620").containsEntry("name", "app-base-2026-10")
                .containsEntry("distribution", "Ubuntu").containsEntry("public", false)
                .containsEntry("status", "Available").containsEntry("size", 2.36);
        assertThat(snapshot).containsEntry("unique_id", "fbe805e8-866b-11e6-96bf-000f53315a41")
                .containsEntry("volume_id", "506f78a4-e098-11e5-ad9f-000f53306ae1").containsEntry("size", 12.5);
        assertThat(cdn).containsEntry("family", "CDN").containsEntry("provider", "CDN (DigitalOcean)")
                .containsEntry("name", "static-images.nyc3.digitaloceanspaces.com");
        assertThat(((Map<?, ?>) cdn.get("role")).get("custom_domain")).isEqualTo("static.example.com");
        assertThat(cluster).containsEntry("family", "ContainerOrchestration")
                .containsEntry("provider", "Kubernetes (DigitalOcean)").containsEntry("name", "prod-k8s")
                .containsEntry("status", "Running");
        assertThat(((Map<?, ?>) cluster.get("role")).get("version")).isEqualTo("1.31.1-do.0");
        assertThat(((Map<?, ?>) cluster.get("datacenters")).get("region")).isEqualTo("ams3");
    }

    @Test
    void aRefusedTokenIsTheProvidersFailureInItsWordsWithoutTheToken() {
        digitalOcean.stubFor(get(urlPathEqualTo("/v2/droplets")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(recorded("error-401.json"))));

        assertThatThrownBy(() -> command("server-list", 0).get(connection("dop_v1_wrong-Secret-9"), "all", null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("DigitalOcean /v2/droplets: 401 unauthorized: Unable to authenticate you")
                .message().doesNotContain("wrong-Secret-9");
    }

    @Test
    void servesItsConnectionsTasks() {
        assertThat(provider.name()).isEqualTo("digitalocean");
        assertThat(provider.services()).containsExactly("Digital Ocean");
        assertThat(provider.tasks()).containsOnlyKeys("server-list", "volumes-list", "images-list", "snapshot-list",
                "loadbalance-list", "cdns-list", "container-orchestration-list", "network-list");
        assertThat(DigitalOceanApi.pageOf("https://api.digitalocean.com/v2/droplets?page=3&per_page=200")).isEqualTo("3");
    }
}
