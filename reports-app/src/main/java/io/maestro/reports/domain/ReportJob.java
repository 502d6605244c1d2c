package io.maestro.reports.domain;

import java.util.Locale;

/**
 * One run of a report, as it travels on the {@code reports} queue.
 *
 * @param reportId  the report record's id (server-app's {@code reports} collection)
 * @param report    {@code general} or {@code pivot}
 * @param component what a general report lists ({@code Servers}, ...); a pivot report's is informative only
 * @param ownerUser the user or team whose readable records the report holds
 * @param filters   the parsed filters: a list for general reports, an object of levels for pivot reports
 */
public record ReportJob(String reportId, String report, String component, String ownerUser, Object filters) {

    public static final String GENERAL = "general";
    public static final String PIVOT = "pivot";

    /** The table of its rows in reports-app's store: {@code <reportId>_<report>}, as 0.6 named it. */
    public String table() {
        return ResultTable.name(reportId, report);
    }

    /** What the report reads; an invalid filter is a 422 naming it. */
    public ReportQuery query() {
        return PIVOT.equals(report.toLowerCase(Locale.ROOT)) ? ReportQuery.pivot(filters, ownerUser)
                : ReportQuery.general(component, filters, ownerUser);
    }
}
