package io.maestro.discovery.domain;

import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.SyncConnection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What a discovery instance keeps of the runs its workers handle, read from data-app once per run instead of once per
 * chunk: the connection without its credentials (messages carry its id only; the scan still reads it with its
 * credentials for every page) and the public flavors the translations looked up. A run's entry goes at its finish, or
 * when {@value #RUNS_KEPT} more recent runs pushed it out (a run finished by another instance).
 */
@Component
public class RunCache {

    static final int RUNS_KEPT = 64;

    private final ConnectionReader connections;
    private final InventoryRecords data;
    private final Map<String, RunContext> runs = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RunContext> eldest) {
            return size() > RUNS_KEPT;
        }
    });

    public RunCache(ConnectionReader connections, InventoryRecords data) {
        this.connections = connections;
        this.data = data;
    }

    /** The run's connection without its credentials, as read at the first step of the run this instance handled. */
    public SyncConnection connection(SyncRun run) {
        return context(run).connection();
    }

    /** Lookups for the run's translations: public flavors remembered for the run, the owner's applications asked each time. */
    public InventoryLookups lookups(SyncRun run) {
        RunContext context = context(run);
        return new DataInventoryLookups(data, context.connection().ownerId(), context.flavors());
    }

    /** The run has ended. */
    public void forget(SyncRun run) {
        runs.remove(run.runId());
    }

    private RunContext context(SyncRun run) {
        RunContext known = runs.get(run.runId());
        if (known != null) {
            return known;
        }
        // read outside the lock: two workers starting the same run at once both read, and one entry is kept
        RunContext read = new RunContext(connections.read(run.connectionId()), new ConcurrentHashMap<>());
        RunContext raced = runs.putIfAbsent(run.runId(), read);
        return raced == null ? read : raced;
    }

    private record RunContext(SyncConnection connection, Map<String, Optional<Map<String, Object>>> flavors) {
    }
}
