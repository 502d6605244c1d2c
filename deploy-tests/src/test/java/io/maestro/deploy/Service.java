package io.maestro.deploy;

import java.nio.file.Path;

/** The ten services: module (= compose service and Kubernetes Deployment name), the README's short name, port. */
enum Service {
    SERVER("server-app", "server", 8888),
    DATA("data-app", "data", 5010),
    DISCOVERY("discovery-app", "discovery", 5000),
    REPORTS("reports-app", "reports", 5005),
    ANALYTICS("analytics-app", "analytics", 5020),
    ANALYTICS_FRONT("analytics-front", "analytics-front", 9999),
    AUDIT("audit-app", "audit", 10900),
    SCHEDULER("scheduler-app", "scheduler", 5015),
    WEBSOCKET("websocket-app", "websocket", 8000),
    /** The dashboard listens on 8080 in its container (a non-root process); compose publishes it on 80. */
    CLIENT("client-app", "client", 8080);

    private final String module;
    private final String shortName;
    private final int port;

    Service(String module, String shortName, int port) {
        this.module = module;
        this.shortName = shortName;
        this.port = port;
    }

    String module() {
        return module;
    }

    int port() {
        return port;
    }

    /** The service's own boot jar, as its module's build leaves it. */
    Path bootJar() {
        return Repository.root().resolve(module).resolve("target")
                .resolve(module + "-" + System.getProperty("maestro.version") + "-exec.jar");
    }

    static Service byShortName(String name) {
        for (Service service : values()) {
            if (service.shortName.equals(name)) {
                return service;
            }
        }
        throw new AssertionError("README.md names a reader that is no service: " + name);
    }
}
