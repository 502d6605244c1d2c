package io.maestro.standalone.broker;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import org.apache.qpid.server.SystemLauncher;

/**
 * The standalone runtime's AMQP 0-9-1 broker: Apache Qpid Broker-J in this process, messages in memory (the
 * work they stand for is recorded in the store; a message lost with the process is re-sent by its scheduler
 * or by the user). Listens on the loopback interface only; user {@code guest} with a password of our choosing.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final SystemLauncher launcher = new SystemLauncher();
    private final int port;
    private final String password;

    private EmbeddedBroker(int port, String password) {
        this.port = port;
        this.password = password;
    }

    /** Starts a broker on {@code 127.0.0.1:port} (0 = any free port), its work files under {@code workDirectory}. */
    public static EmbeddedBroker start(int port, String password, Path workDirectory) throws Exception {
        int boundPort = port == 0 ? freePort() : port;
        EmbeddedBroker broker = new EmbeddedBroker(boundPort, password);
        URL configuration = EmbeddedBroker.class.getResource("/maestro-broker.json");
        // Qpid's default for this is a classpath: URL, whose handler the JDK cannot see inside an executable jar.
        URL systemProperties = EmbeddedBroker.class.getResource("/maestro-broker-system.properties");
        broker.launcher.startup(Map.of(
                "type", "Memory",
                "initialConfigurationLocation", configuration.toExternalForm(),
                "initialSystemPropertiesLocation", systemProperties.toExternalForm(),
                "startupLoggedToSystemOut", false,
                "context", Map.of(
                        "qpid.amqp_port", String.valueOf(boundPort),
                        "qpid.maestro_bind", "127.0.0.1",
                        "qpid.maestro_password", password,
                        "qpid.work_dir", workDirectory.toAbsolutePath().toString(),
                        "qpid.broker.defaultPreferenceStoreAttributes", "{\"type\": \"Noop\"}",
                        // Qpid otherwise halts the JVM when its shutdown runs long, which could cut the store's final snapshot.
                        "broker.shutdownTimeout", "0")));
        return broker;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /** The URL the services take as {@code CELERY_BROKER_URL}. */
    public String url() {
        return "amqp://guest:" + password + "@127.0.0.1:" + port;
    }

    @Override
    public void close() {
        launcher.shutdown();
    }
}
