package io.maestro.discovery.domain;

import io.maestro.discovery.provider.SyncConnection;
import java.util.Map;

/** The history of what a sync wrote: one entry per created or changed record. */
public interface SyncAudit {

    /**
     * @param entity   the data-app entity, e.g. {@code volumes}
     * @param created  whether the record is new (else it was changed or reactivated)
     * @param document the record as written, as plain JSON values
     */
    void recorded(String entity, String recordId, boolean created, Map<String, Object> document, SyncConnection connection);
}
