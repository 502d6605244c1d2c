package io.maestro.standalone;

import io.maestro.analytics.AnalyticsApplication;
import io.maestro.analyticsfront.AnalyticsFrontApplication;
import io.maestro.audit.AuditApplication;
import io.maestro.client.ClientApplication;
import io.maestro.data.DataApplication;
import io.maestro.discovery.DiscoveryApplication;
import io.maestro.reports.ReportsApplication;
import io.maestro.scheduler.SchedulerApplication;
import io.maestro.server.ServerApplication;
import io.maestro.websocket.WebsocketApplication;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The ten services of the standalone runtime: port, Mongo database and the variable peers find it by. */
public enum MaestroService {
    SERVER("server-app", 8888, "maestro-client", "MAESTRO_SERVER_URI", ServerApplication::builder),
    DATA("data-app", 5010, "maestro-client", "MAESTRO_DATA_URI", DataApplication::builder),
    DISCOVERY("discovery-app", 5000, null, "MAESTRO_DISCOVERY_URI", DiscoveryApplication::builder),
    REPORTS("reports-app", 5005, "maestro-reports", "MAESTRO_REPORT_URI", ReportsApplication::builder),
    ANALYTICS("analytics-app", 5020, null, "MAESTRO_ANALYTICS_URI", AnalyticsApplication::builder),
    ANALYTICS_FRONT("analytics-front", 9999, "maestro-client", "MAESTRO_ANALYTICS_FRONT_URI", AnalyticsFrontApplication::builder),
    AUDIT("audit-app", 10900, "maestro-audit", "MAESTRO_AUDIT_URI", AuditApplication::builder),
    SCHEDULER("scheduler-app", 5015, "maestro-scheduler", "MAESTRO_SCHEDULER_URI", SchedulerApplication::builder),
    WEBSOCKET("websocket-app", 8000, null, "MAESTRO_WEBSOCKET_URI", WebsocketApplication::builder),
    CLIENT("client-app", 8080, null, "MAESTRO_CLIENT_URI", ClientApplication::builder);

    private final String appName;
    private final int defaultPort;
    private final String database;
    private final String peerVariable;
    private final Supplier<SpringApplicationBuilder> builder;

    MaestroService(String appName, int defaultPort, String database, String peerVariable,
                   Supplier<SpringApplicationBuilder> builder) {
        this.appName = appName;
        this.defaultPort = defaultPort;
        this.database = database;
        this.peerVariable = peerVariable;
        this.builder = builder;
    }

    /** The name the service reports as {@code app} on {@code GET /}. */
    public String appName() {
        return appName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Its Mongo database, or null for a service without one. */
    public String database() {
        return database;
    }

    public String peerVariable() {
        return peerVariable;
    }

    public SpringApplicationBuilder builder() {
        return builder.get();
    }
}
