package io.maestro.reports.domain;

import java.util.List;
import java.util.Map;

/**
 * What a run leaves on the report record: {@code status} ({@code finished}, {@code warning} when empty, {@code error}),
 * {@code msg}, the {@code columns} and the charts ({@code aggr}); {@code rows} is how many rows it stored.
 */
public record ReportOutcome(String status, String msg, List<String> columns, Map<String, Object> aggr, long rows) {

    public static final String EMPTY = "This report is empty";

    public static ReportOutcome finished(List<String> columns, Map<String, Object> aggr, long rows) {
        return new ReportOutcome("finished", "completed", columns, aggr, rows);
    }

    public static ReportOutcome empty() {
        return new ReportOutcome("warning", EMPTY, List.of(), Map.of(), 0);
    }

    public static ReportOutcome failed(String msg) {
        return new ReportOutcome("error", msg, null, null, 0);
    }
}
