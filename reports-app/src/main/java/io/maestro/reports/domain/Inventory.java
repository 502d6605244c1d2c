package io.maestro.reports.domain;

import java.util.List;
import java.util.Map;

/** The inventory a report reads (data-app). */
public interface Inventory {

    /** Page {@code page} (from 1) of {@code size} rows of the query's answer, in a stable order. */
    List<Map<String, Object>> page(ReportQuery query, int page, int size);
}
