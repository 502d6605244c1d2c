package io.maestro.discovery.provider.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.digitalocean.DigitalOceanTestCloud;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** DigitalOcean against the recorded API v2 pages of {@code src/test/resources/digitalocean}, through the connection's URL. */
final class DigitalOceanContractFixture implements ProviderContractFixture {

    private final DigitalOceanTestCloud digitalOcean = new DigitalOceanTestCloud();

    @Override
    public String provider() {
        return "digitalocean";
    }

    @Override
    public Set<String> tasks() {
        return Set.of("server-list", "volumes-list", "images-list", "snapshot-list", "loadbalance-list", "cdns-list",
                "container-orchestration-list", "network-list");
    }

    @Override
    public Set<String> credentialKeys() {
        return Set.of("token");
    }

    @Override
    public Set<String> maskedKeys() {
        return Set.of("token");
    }

    @Override
    public Map<String, SyncConnection> recordedRuns() {
        digitalOcean.server().resetAll();
        digitalOcean.recordAll();
        Map<String, SyncConnection> runs = new LinkedHashMap<>();
        tasks().forEach(task -> runs.put(task, digitalOcean.connection(DigitalOceanTestCloud.TOKEN)));
        return runs;
    }

    @Override
    public Map.Entry<String, SyncConnection> refusedRun() {
        digitalOcean.server().resetAll();
        digitalOcean.server().stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody(DigitalOceanTestCloud.recorded("error-401.json"))));
        return Map.entry("server-list", digitalOcean.connection("dop_v1_wrong-Secret-9"));
    }

    @Override
    public void close() {
        digitalOcean.close();
    }
}
