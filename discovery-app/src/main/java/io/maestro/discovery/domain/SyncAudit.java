package io.maestro.discovery.domain;

import io.maestro.common.audit.Change;
import io.maestro.discovery.provider.SyncConnection;
import java.util.List;
import java.util.Map;

/** The history of what a sync wrote: one message per loaded chunk (docs/discovery.md, "Audit"). */
public interface SyncAudit {

    /**
     * Publishes the changes of one chunk and returns once the broker has them; throws when it does not, so that the
     * chunk's step is tried again rather than acknowledged without its history.
     *
     * @param chunkId the load step's id (or a relisting's, {@link RunRelisting}): the message's id derives from it, so
     *                that audit-app records the chunk's history once however often the step runs
     * @param entity  the data-app entity, e.g. {@code volumes}
     */
    void recorded(String chunkId, String entity, List<RecordedChange> changes, SyncConnection connection);

    /**
     * A record the chunk created or changed.
     *
     * @param change   {@link Change#CREATE} or {@link Change#UPDATE} (changed or reactivated)
     * @param document the record as written, as plain JSON values
     */
    record RecordedChange(String recordId, Change change, Map<String, Object> document) {
    }
}
