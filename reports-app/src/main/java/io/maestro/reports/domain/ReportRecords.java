package io.maestro.reports.domain;

import java.util.Map;
import java.util.Optional;

/** The report records of the inventory (server-app's {@code reports}), which a run updates. */
public interface ReportRecords {

    /** Sets the record's {@code status}, {@code msg} and, when the outcome has them, {@code columns} and {@code aggr}. */
    void update(String reportId, ReportOutcome outcome);

    /** The report record ({@code name}, {@code filters}, {@code columns}, dates...), if there is one. */
    Optional<Map<String, Object>> find(String reportId);
}
