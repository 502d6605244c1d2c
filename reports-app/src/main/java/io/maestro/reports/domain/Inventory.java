package io.maestro.reports.domain;

import java.util.List;
import java.util.Map;

/** The inventory a report reads (data-app). */
public interface Inventory {

    /**
     * Batch {@code page} (from 1) of the query's rows, in a stable order: a general report's {@code size} records, a
     * pivot report's rows for its next {@code size} records of the first level (any number of rows).
     */
    Batch page(ReportQuery query, int page, int size);

    /** @param last whether no batch follows this one */
    record Batch(List<Map<String, Object>> rows, boolean last) {
    }
}
