package io.maestro.common.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.model.SystemConfig;

/**
 * An in-memory Apache Qpid Broker-J (AMQP 0-9-1, user guest/guest) on a free port of 127.0.0.1, for tests
 * that must pass on the embedded broker as well as on RabbitMQ.
 */
public final class EmbeddedQpidBroker implements AutoCloseable {

    private static final String INITIAL_CONFIGURATION = "qpid-broker.json";

    private final SystemLauncher launcher = new SystemLauncher();
    private final Path workDirectory;
    private final int port;

    private EmbeddedQpidBroker(Path workDirectory, int port) {
        this.workDirectory = workDirectory;
        this.port = port;
    }

    public static EmbeddedQpidBroker start() throws Exception {
        EmbeddedQpidBroker broker = new EmbeddedQpidBroker(Files.createTempDirectory("qpid-test"), freePort());
        broker.launch();
        return broker;
    }

    private void launch() throws Exception {
        URL configuration = EmbeddedQpidBroker.class.getResource(INITIAL_CONFIGURATION);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(SystemConfig.TYPE, "Memory");
        attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION, configuration.toExternalForm());
        attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false);
        attributes.put(SystemConfig.CONTEXT, Map.of(
                "qpid.amqp_port", port,
                "qpid.work_dir", workDirectory.toString()));
        launcher.startup(attributes);
    }

    /** {@code amqp://guest:guest@127.0.0.1:<port>}, for {@code spring.rabbitmq.addresses}. */
    public String address() {
        return "amqp://guest:guest@127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        launcher.shutdown();
        try (Stream<Path> files = Files.walk(workDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
