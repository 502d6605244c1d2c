package io.maestro.discovery.provider.contract;

import io.maestro.discovery.provider.SyncConnection;
import java.util.Map;
import java.util.Set;

/**
 * What {@link DiscoveryProviderContractTest} needs of one provider besides its bean: the 0.6 facts it must match
 * (task list, credential keys) and a recorded cloud to run it against. Adding a provider means adding its fixture;
 * the contract test fails for a provider bean without one.
 */
interface ProviderContractFixture extends AutoCloseable {

    /** The provider's name, as its bean answers it. */
    String provider();

    /** Its task names, as §4.2 lists them (and any task docs/compatibility.md adds). */
    Set<String> tasks();

    /** The keys of the connection's sealed {@code conn}: every credential the provider reads. */
    Set<String> credentialKeys();

    /** The credential keys the wizard must mask (password fields). */
    Set<String> maskedKeys();

    /**
     * Serves recorded answers and returns, per task it recorded, the connection to crawl them with. A recorded run
     * covers at least one task; the translated records of each must be valid records of their entity.
     */
    Map<String, SyncConnection> recordedRuns();

    /**
     * Serves a refusal (whose text quotes a credential, where the provider's API does so), and returns the task to run
     * and the connection that gets it; no {@link #maskedKeys()} value may reach the failure's message.
     */
    Map.Entry<String, SyncConnection> refusedRun();

    @Override
    void close();
}
