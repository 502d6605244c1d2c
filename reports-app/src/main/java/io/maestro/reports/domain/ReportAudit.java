package io.maestro.reports.domain;

/** The change history (audit-app) of the report records a run updates. */
public interface ReportAudit {

    /** Records that the run left {@code outcome} on the report; a failure to record it is thrown (the run is tried again). */
    void recorded(String reportId, ReportOutcome outcome);
}
