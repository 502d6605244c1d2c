package io.maestro.audit.domain;

import java.util.Map;

/** {@code updateMany} on the inventory, through data-app's {@code POST /sync}. */
public interface InventorySync {

    /** Counts of one sync. */
    record SyncCounts(long matched, long modified) {
    }

    /**
     * {@code updateMany} on data-app's {@code entity}; throws a {@link io.maestro.common.http.PeerCallException} when
     * data-app is down, slow or refuses.
     */
    SyncCounts sync(String entity, Map<String, Object> query, Map<String, Object> body);
}
