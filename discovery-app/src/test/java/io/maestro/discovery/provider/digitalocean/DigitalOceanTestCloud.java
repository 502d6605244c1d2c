package io.maestro.discovery.provider.digitalocean;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.discovery.provider.SyncConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * DigitalOcean's API played by WireMock with the recorded pages of {@code src/test/resources/digitalocean}, and a
 * connection whose URL points the provider at it.
 */
public final class DigitalOceanTestCloud implements AutoCloseable {

    public static final String TOKEN = "dop_v1_e2e-Token-Secret-41";
    public static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    public DigitalOceanTestCloud() {
        server.start();
    }

    public WireMockServer server() {
        return server;
    }

    public static String recorded(String name) {
        try (InputStream in = DigitalOceanTestCloud.class.getResourceAsStream("/digitalocean/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One recorded page of a list, answered to {@link #TOKEN}, with the rate-limit budget left after it. */
    public void page(String path, String page, String body, String remaining) {
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo(page))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withHeader("ratelimit-limit", "5000").withHeader("ratelimit-remaining", remaining)
                        .withHeader("ratelimit-reset", String.valueOf(NOW.getEpochSecond() + 30)).withBody(body)));
    }

    /** Every list the provider reads, one recorded answer each (droplets on two pages), none spending the budget. */
    public void recordAll() {
        page("/v2/droplets", "1", recorded("droplets-1.json"), "4999");
        page("/v2/droplets", "2", recorded("droplets-2.json"), "4998");
        page("/v2/volumes", "1", recorded("volumes.json"), "4997");
        page("/v2/load_balancers", "1", recorded("load_balancers.json"), "4996");
        page("/v2/firewalls", "1", recorded("firewalls.json"), "4995");
        page("/v2/vpcs", "1", recorded("vpcs.json"), "4994");
        page("/v2/images", "1", recorded("images.json"), "4993");
        page("/v2/snapshots", "1", recorded("snapshots.json"), "4992");
        page("/v2/cdn/endpoints", "1", recorded("cdn_endpoints.json"), "4991");
        page("/v2/kubernetes/clusters", "1", recorded("kubernetes_clusters.json"), "4990");
    }

    public SyncConnection connection(String token) {
        return new SyncConnection("64e000000000000000000001", "do prod", "Digital Ocean", "Digital Ocean", "DO DC",
                "64e000000000000000000002", List.of(), server.baseUrl(), null,
                Map.of("_id", "64e000000000000000000003"), List.of(), Map.of("token", token));
    }

    @Override
    public void close() {
        server.stop();
    }
}
