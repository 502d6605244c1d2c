package io.maestro.discovery.provider.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.azure.AzureTestCloud;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Azure against the recorded Resource Manager answers of {@code src/test/resources/azure}, through the connection's
 * management endpoint; the contract test gives the provider bean sessions without the Entra ID token policy.
 */
final class AzureContractFixture implements ProviderContractFixture {

    private final AzureTestCloud azure = new AzureTestCloud();

    @Override
    public String provider() {
        return "azure";
    }

    @Override
    public Set<String> tasks() {
        return Set.of("server-list", "volumes-list", "snapshot-list", "images-list", "network-list");
    }

    @Override
    public Set<String> credentialKeys() {
        return Set.of("tenant", "client", "secret", "sub", "authority");
    }

    @Override
    public Set<String> maskedKeys() {
        return Set.of("secret");
    }

    @Override
    public Map<String, SyncConnection> recordedRuns() {
        azure.server().resetAll();
        azure.recordAll();
        Map<String, SyncConnection> runs = new LinkedHashMap<>();
        tasks().forEach(task -> runs.put(task, azure.connection()));
        return runs;
    }

    @Override
    public Map.Entry<String, SyncConnection> refusedRun() {
        azure.server().resetAll();
        azure.server().stubFor(get(anyUrl()).willReturn(azure.json(403, "error-authorization-failed.json")));
        return Map.entry("volumes-list", azure.connection());
    }

    @Override
    public void close() {
        azure.close();
    }
}
