package io.maestro.discovery.provider.contract;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.digitalocean.SpacesTestCloud;
import java.util.Map;
import java.util.Set;

/**
 * Spaces against an in-process S3Proxy standing in for the region {@code ams3}, through the connection's URL; the
 * refusal is a wrong secret.
 */
final class SpacesContractFixture implements ProviderContractFixture {

    private final SpacesTestCloud spaces = new SpacesTestCloud();

    @Override
    public String provider() {
        return "spaces";
    }

    @Override
    public Set<String> tasks() {
        return Set.of("storage-object-list");
    }

    @Override
    public Set<String> credentialKeys() {
        return Set.of("access", "secret");
    }

    @Override
    public Set<String> maskedKeys() {
        return Set.of("secret");
    }

    @Override
    public Map<String, SyncConnection> recordedRuns() {
        return Map.of("storage-object-list", spaces.connection(SpacesTestCloud.SECRET));
    }

    @Override
    public Map.Entry<String, SyncConnection> refusedRun() {
        return Map.entry("storage-object-list", spaces.connection("wrong-Spaces-Secret-3"));
    }

    @Override
    public void close() {
        spaces.close();
    }
}
