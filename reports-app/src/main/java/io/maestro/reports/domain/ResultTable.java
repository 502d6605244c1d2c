package io.maestro.reports.domain;

import io.maestro.common.web.NotFoundException;
import java.util.regex.Pattern;

/** The name of a report's result table: {@code <24-hex report id>_<general|pivot>}; any other name is no table. */
public final class ResultTable {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{24}_(general|pivot)");

    private ResultTable() {
    }

    public static String name(String reportId, String report) {
        return checked(reportId + "_" + report);
    }

    /** {@code table} if it is a result table's name; a 404 otherwise (it cannot name another collection). */
    public static String checked(String table) {
        if (table == null || !NAME.matcher(table).matches()) {
            throw new NotFoundException("No report table " + (table == null ? "" : table.length() > 60
                    ? table.substring(0, 60) + "…" : table));
        }
        return table;
    }
}
