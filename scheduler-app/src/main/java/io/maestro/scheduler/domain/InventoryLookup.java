package io.maestro.scheduler.domain;

import java.util.Map;
import java.util.Optional;

/** The records a run checks before it calls out: the connection a sync job runs, the report a report job refreshes. */
public interface InventoryLookup {

    Optional<Map<String, Object>> connection(String id);

    /** The active report {@code id}, with its {@code roles} and {@code owner}. */
    Optional<Map<String, Object>> report(String id);
}
