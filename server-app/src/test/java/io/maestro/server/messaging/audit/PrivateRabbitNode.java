package io.maestro.server.messaging.audit;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A RabbitMQ node of a test's own, which the test may {@code kill -9}: its own node name, AMQP and distribution ports
 * and directories (configuration, database, logs, Erlang cookie) under {@code directory}, sharing only the machine's
 * epmd. Killed and started again on the same directory, it recovers its durable queues and persistent messages as a
 * crashed broker does.
 */
final class PrivateRabbitNode implements AutoCloseable {

    /**
     * The server script itself: the Debian package's {@code /usr/sbin/rabbitmq-server} is a wrapper that runs it as the
     * {@code rabbitmq} user, with that user's settings.
     */
    private static final List<Path> SCRIPTS = List.of(Path.of("/usr/lib/rabbitmq/bin/rabbitmq-server"),
            Path.of("/usr/local/sbin/rabbitmq-server"), Path.of("/opt/homebrew/sbin/rabbitmq-server"));

    private final Path script;
    private final Path directory;
    private final String nodeName = "maestro-crash-" + UUID.randomUUID().toString().substring(0, 8) + "@localhost";
    private final int amqpPort;
    private final int distributionPort;
    private Process process;

    private PrivateRabbitNode(Path script, Path directory) throws IOException {
        this.script = script;
        this.directory = directory;
        this.amqpPort = freePort();
        this.distributionPort = freePort();
        Files.writeString(directory.resolve("rabbitmq.conf"), "listeners.tcp.1 = 127.0.0.1:" + amqpPort + "\n");
        Files.writeString(directory.resolve("rabbitmq-env.conf"), "");
        Files.writeString(directory.resolve("enabled_plugins"), "[].\n");
    }

    /** The server script of this machine's RabbitMQ, if it has one: a known place, else the first on the PATH. */
    static Optional<Path> installedScript() {
        Stream<Path> onThePath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty()).map(directory -> Path.of(directory, "rabbitmq-server"));
        return Stream.concat(SCRIPTS.stream(), onThePath).filter(Files::isExecutable).findFirst();
    }

    /** A node on {@code directory}, started and accepting connections. */
    static PrivateRabbitNode started(Path script, Path directory) throws Exception {
        PrivateRabbitNode node = new PrivateRabbitNode(script, directory);
        node.start();
        return node;
    }

    String amqpUri() {
        return "amqp://guest:guest@127.0.0.1:" + amqpPort;
    }

    /** Starts the node on its directory (again, after {@link #kill()}) and waits until it takes connections. */
    void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(script.toString()).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("node.out").toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("HOME", directory.toString());
        environment.put("RABBITMQ_NODENAME", nodeName);
        environment.put("RABBITMQ_NODE_PORT", String.valueOf(amqpPort));
        environment.put("RABBITMQ_DIST_PORT", String.valueOf(distributionPort));
        environment.put("RABBITMQ_CONFIG_FILE", directory.resolve("rabbitmq.conf").toString());
        environment.put("RABBITMQ_CONF_ENV_FILE", directory.resolve("rabbitmq-env.conf").toString());
        environment.put("RABBITMQ_ENABLED_PLUGINS_FILE", directory.resolve("enabled_plugins").toString());
        environment.put("RABBITMQ_MNESIA_BASE", directory.resolve("mnesia").toString());
        environment.put("RABBITMQ_LOG_BASE", directory.resolve("log").toString());
        environment.put("ERL_EPMD_ADDRESS", "127.0.0.1");
        process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!accepts()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("RabbitMQ node " + nodeName + " did not start; see " + directory.resolve("node.out")
                        + ":\n" + Files.readString(directory.resolve("node.out")));
            }
            Thread.sleep(250);
        }
    }

    /** {@code kill -9} of the node (the Erlang VM under the script first), without any of its shutdown. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (accepts() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private boolean accepts() {
        try (Socket socket = new Socket("127.0.0.1", amqpPort)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
