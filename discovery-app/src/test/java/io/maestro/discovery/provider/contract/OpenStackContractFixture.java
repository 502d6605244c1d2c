package io.maestro.discovery.provider.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.openstack.OpenStackTestCloud;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * OpenStack against the recorded Keystone and services of {@code src/test/resources/openstack}, through the
 * connection's auth URL; the provider bean keeps its production sessions.
 */
final class OpenStackContractFixture implements ProviderContractFixture {

    private final OpenStackTestCloud openstack = new OpenStackTestCloud();

    @Override
    public String provider() {
        return "openstack";
    }

    @Override
    public Set<String> tasks() {
        return Set.of("server-list", "loadbalance-list", "volumes-list", "snapshot-list", "images-list",
                "security-list", "flavor-list", "network-list");
    }

    @Override
    public Set<String> credentialKeys() {
        return Set.of("username", "password", "application_credential_id", "application_credential_secret",
                "ca_bundle");
    }

    @Override
    public Set<String> maskedKeys() {
        return Set.of("password", "application_credential_secret");
    }

    @Override
    public Map<String, SyncConnection> recordedRuns() {
        openstack.server().resetAll();
        openstack.token("keystone/token.json");
        openstack.recordAll();
        Map<String, SyncConnection> runs = new LinkedHashMap<>();
        tasks().forEach(task -> runs.put(task, openstack.connection()));
        return runs;
    }

    /** Keystone refusing a password it quotes (no real Keystone does, but a proxy in front of one may). */
    @Override
    public Map.Entry<String, SyncConnection> refusedRun() {
        openstack.server().resetAll();
        openstack.server().stubFor(post(urlPathEqualTo("/identity/v3/auth/tokens")).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"Password "
                        + OpenStackTestCloud.PASSWORD + " is wrong for user " + OpenStackTestCloud.USERNAME + "\"}}")));
        return Map.entry("volumes-list", openstack.connection());
    }

    @Override
    public void close() {
        openstack.close();
    }
}
