package io.maestro.common.http;

/**
 * The Maestro services a service calls over HTTP: the key of its base URL under {@code maestro.peers.*}, the
 * Maestro 0.6 environment variable that sets it, and its name in messages.
 */
public enum PeerService {
    DATA("data", "MAESTRO_DATA_URI", "data-app"),
    DISCOVERY("discovery", "MAESTRO_DISCOVERY_URI", "discovery-app"),
    REPORT("report", "MAESTRO_REPORT_URI", "reports-app"),
    ANALYTICS("analytics", "MAESTRO_ANALYTICS_URI", "analytics-app"),
    ANALYTICS_FRONT("analytics-front", "MAESTRO_ANALYTICS_FRONT_URI", "analytics-front"),
    AUDIT("audit", "MAESTRO_AUDIT_URI", "audit-app"),
    SERVER("server", "MAESTRO_SERVER_URI", "server-app"),
    WEBSOCKET("websocket", "MAESTRO_WEBSOCKET_URI", "websocket-app"),
    SCHEDULER("scheduler", "MAESTRO_SCHEDULER_URI", "scheduler-app"),
    CLIENT("client", "MAESTRO_CLIENT_URI", "client-app");

    private final String propertyKey;
    private final String environmentVariable;
    private final String serviceName;

    PeerService(String propertyKey, String environmentVariable, String serviceName) {
        this.propertyKey = propertyKey;
        this.environmentVariable = environmentVariable;
        this.serviceName = serviceName;
    }

    /** The key under {@code maestro.peers}, e.g. {@code analytics-front}. */
    public String propertyKey() {
        return propertyKey;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    /** The service's own name, e.g. {@code reports-app}. */
    public String serviceName() {
        return serviceName;
    }
}
