package io.maestro.deploy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ten services as ten JVM processes, each started from its module's boot jar with exactly the environment
 * docker-compose.yml gives its container, translated for one machine: a compose host name ({@code data-app:5010},
 * {@code mongodb:27017}, {@code rabbitmq:5672}) or a port published on {@code localhost} becomes 127.0.0.1 and the
 * port the service really listens on here (its compose port plus an offset), and a volume path a directory of its
 * own. Nothing else is given: a variable misnamed in the compose file leaves its service on the built-in default
 * ({@code localhost} and the seed port), where nothing listens.
 */
final class TenProcesses implements AutoCloseable {

    /** The authority of a URI: user info (kept), host, port. */
    private static final Pattern ADDRESS = Pattern.compile("//([^@/\\s]*@)?([a-z][a-z0-9-]*)(?::(\\d+))?");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ComposeFile compose;
    private final int portOffset;
    private final Map<String, String> infrastructure;
    private final Path directory;
    private final Map<Service, Process> processes = new EnumMap<>(Service.class);
    private final Map<Service, Map<String, String>> environments = new EnumMap<>(Service.class);
    private List<String> jvmOptions;
    private String java;

    /**
     * @param infrastructure compose address of the store and the broker ({@code mongodb:27017}) → where they are here
     */
    TenProcesses(ComposeFile compose, int portOffset, Map<String, String> infrastructure, Path directory) {
        this.compose = compose;
        this.portOffset = portOffset;
        this.infrastructure = infrastructure;
        this.directory = directory;
    }

    int port(Service service) {
        return service.port() + portOffset;
    }

    String url(Service service) {
        return "http://127.0.0.1:" + port(service);
    }

    Map<String, String> environment(Service service) {
        return environments.get(service);
    }

    /** Starts the ten at once (two cores start them faster together than one after another). */
    void start(List<String> jvmOptions) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        for (Service service : Service.values()) {
            if (!Files.isRegularFile(service.bootJar())) {
                throw new AssertionError(service.bootJar() + " is missing: build through the reactor (./mvnw verify)");
            }
            try (Socket taken = new Socket()) {
                taken.connect(new InetSocketAddress("127.0.0.1", port(service)), 200);
                throw new AssertionError("port " + port(service) + " for " + service.module() + " is taken");
            } catch (ConnectException free) {
                // nothing listens there: the port is ours
            }
        }
        for (Service service : Service.values()) {
            environments.put(service, translated(service));
        }
        this.jvmOptions = List.copyOf(jvmOptions);
        this.java = java;
        for (Service service : Service.values()) {
            launch(service, ProcessBuilder.Redirect.to(log(service).toFile()));
        }
    }

    /** Kills one service as {@code kill -9} would (no shutdown hook runs), then starts it again; does not wait. */
    void killAndRestart(Service service) throws Exception {
        Process killed = processes.get(service);
        killed.destroyForcibly();
        if (!killed.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError(service.module() + " did not die on SIGKILL");
        }
        launch(service, ProcessBuilder.Redirect.appendTo(log(service).toFile()));
    }

    private void launch(Service service, ProcessBuilder.Redirect output) throws IOException {
        Path workingDirectory = Files.createDirectories(directory.resolve(service.module()));
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(service.bootJar().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(output);
        builder.environment().clear();
        builder.environment().putAll(environments.get(service));
        processes.put(service, builder.start());
    }

    /** Waits until each answers its readiness probe; fails with the log of one that stopped or never got ready. */
    void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Service service : Service.values()) {
            while (status(url(service) + "/actuator/health/readiness") != 200) {
                Process process = processes.get(service);
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError(service.module() + (process.isAlive() ? " not ready within " + timeout
                            : " stopped (exit " + process.exitValue() + ")") + ". Last lines of its log:\n" + tail(service));
                }
                Thread.sleep(500);
            }
        }
    }

    /** Resident memory of each running process, in MB (Linux). */
    Map<Service, Long> residentMegabytes() throws IOException {
        Map<Service, Long> memory = new EnumMap<>(Service.class);
        for (Map.Entry<Service, Process> entry : processes.entrySet()) {
            if (!entry.getValue().isAlive()) {
                continue;
            }
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(entry.getValue().pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    memory.put(entry.getKey(), Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024);
                }
            }
        }
        return memory;
    }

    String tail(Service service) throws IOException {
        List<String> lines = Files.readAllLines(log(service));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    Path log(Service service) {
        return directory.resolve(service.module() + ".log");
    }

    @Override
    public void close() throws InterruptedException {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Map<String, String> translated(Service service) {
        Map<String, String> environment = new LinkedHashMap<>();
        List<String> volumes = compose.volumeTargets(service.module());
        compose.environment(service.module()).forEach((name, value) -> {
            String local = addressesHere(service, name, value);
            for (String volume : volumes) {
                if (local.startsWith(volume)) {
                    local = directory.resolve(service.module() + "-volume").toString() + local.substring(volume.length());
                }
            }
            environment.put(name, name.equals("MAESTRO_PORT") ? String.valueOf(Integer.parseInt(value) + portOffset) : local);
        });
        return environment;
    }

    private String addressesHere(Service service, String name, String value) {
        Matcher address = ADDRESS.matcher(value);
        StringBuilder result = new StringBuilder();
        while (address.find()) {
            String userInfo = address.group(1) == null ? "" : address.group(1);
            int port = address.group(3) == null ? 80 : Integer.parseInt(address.group(3));
            address.appendReplacement(result, Matcher.quoteReplacement("//" + userInfo + here(service, name, address.group(2), port)));
        }
        address.appendTail(result);
        return result.toString();
    }

    private String here(Service service, String variable, String host, int port) {
        String where = service.module() + " " + variable + ": " + host + ":" + port;
        if (infrastructure.containsKey(host + ":" + port)) {
            return infrastructure.get(host + ":" + port);
        }
        if (host.equals("localhost")) {
            for (Service target : Service.values()) {
                Integer published = compose.publishedPorts(target.module()).get(port);
                if (published != null) {
                    return "127.0.0.1:" + (published + portOffset);
                }
            }
            throw new AssertionError(where + " is published by no service");
        }
        for (Service target : Service.values()) {
            if (target.module().equals(host)) {
                if (target.port() != port) {
                    throw new AssertionError(where + ", but " + host + " listens on " + target.port());
                }
                return "127.0.0.1:" + port(target);
            }
        }
        if (compose.services().containsKey(host)) {
            throw new AssertionError(where + " is not where that service listens");
        }
        throw new AssertionError(where + " names no service of docker-compose.yml");
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
