package io.maestro.common.notify;

import java.util.List;

/**
 * The {@code event.caller} names the dashboard listens to: {@code <x>-update} refreshes the lists of x,
 * {@code <x>-<id>} the view of one record.
 */
public final class NotificationCallers {

    public static final String CONNECTIONS_UPDATE = "connections-update";
    public static final String REPORTS_UPDATE = "reports-update";
    public static final String ANALYTICS_UPDATE = "analytics-update";

    private NotificationCallers() {
    }

    /** {@code connections-update} and {@code connections-<connectionId>}. */
    public static List<String> connection(String connectionId) {
        return List.of(CONNECTIONS_UPDATE, "connections-" + connectionId);
    }

    /** {@code reports-update} and {@code reports-<reportId>}. */
    public static List<String> report(String reportId) {
        return List.of(REPORTS_UPDATE, "reports-" + reportId);
    }

    /** {@code analytics-update} and {@code analytics-<graphId>}. */
    public static List<String> graph(String graphId) {
        return List.of(ANALYTICS_UPDATE, "analytics-" + graphId);
    }
}
