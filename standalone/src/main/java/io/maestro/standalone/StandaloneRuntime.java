package io.maestro.standalone;

import io.maestro.standalone.broker.EmbeddedBroker;
import io.maestro.standalone.store.EmbeddedStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One process, the whole of Maestro: the embedded store and broker, then the ten services, each in its own
 * Spring application context. Settings reach each service as command-line arguments, which outrank the
 * environment the ten share (a {@code MAESTRO_PORT} exported in the shell cannot put two on one port).
 */
public final class StandaloneRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StandaloneRuntime.class);
    /** Two cores are common here; more parallel starts than that mostly queue on class loading. */
    private static final int START_THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How long server-app keeps published audit messages to publish again after a crash (docs/standalone.md). */
    private static final String AUDIT_REPLAY_WINDOW = "5m";

    private final StandaloneSettings settings;
    private final EmbeddedStore store;
    private final EmbeddedBroker broker;
    private final Map<MaestroService, ConfigurableApplicationContext> contexts = new EnumMap<>(MaestroService.class);

    private StandaloneRuntime(StandaloneSettings settings, EmbeddedStore store, EmbeddedBroker broker) {
        this.settings = settings;
        this.store = store;
        this.broker = broker;
    }

    public static StandaloneRuntime start(StandaloneSettings settings) throws Exception {
        Path data = settings.dataDirectory();
        Files.createDirectories(data);
        Map<String, String> secrets = SecretsFile.loadOrCreate(data.resolve("secrets.env"));

        CompletableFuture<EmbeddedBroker> broker = CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedBroker.start(settings.brokerPort(), SecretsFile.randomSecret(), data.resolve("broker"));
            } catch (Exception e) {
                throw new IllegalStateException("The embedded AMQP broker did not start on port " + settings.brokerPort(), e);
            }
        });
        EmbeddedStore store;
        try {
            store = EmbeddedStore.open(data.resolve("store"), "127.0.0.1", settings.storePort());
        } catch (Exception e) {
            broker.thenAccept(EmbeddedBroker::close);
            throw e;
        }
        StandaloneRuntime runtime;
        try {
            runtime = new StandaloneRuntime(settings, store, broker.join());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        try {
            runtime.startServices(secrets);
            runtime.writeServiceList();
        } catch (Exception e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    /**
     * Starts the ten services on a few threads. The first one starts alone until its logging is set up: the
     * logging system is JVM-wide, and two services setting it up at once would each add their own appenders.
     */
    private void startServices(Map<String, String> secrets) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(START_THREADS);
        try {
            Map<MaestroService, Future<ConfigurableApplicationContext>> starting = new EnumMap<>(MaestroService.class);
            CountDownLatch loggingReady = new CountDownLatch(1);
            for (MaestroService service : MaestroService.values()) {
                SpringApplicationBuilder builder = service.builder()
                        .bannerMode(Banner.Mode.OFF)
                        .logStartupInfo(false)
                        .registerShutdownHook(false)
                        // Served on purpose (the README points to them): said so, springdoc does not warn twice a
                        // service in the runtime's log that they are on by default.
                        .properties(Map.of("springdoc.api-docs.enabled", "true", "springdoc.swagger-ui.enabled", "true"))
                        .listeners((ApplicationListener<ApplicationEvent>) event -> {
                            if (event instanceof ApplicationEnvironmentPreparedEvent) {
                                loggingReady.countDown();
                            }
                        });
                String[] args = arguments(service, secrets);
                Future<ConfigurableApplicationContext> context = pool.submit(() -> {
                    Thread.currentThread().setName("start-" + service.appName());
                    return builder.run(args);
                });
                starting.put(service, context);
                boolean waitingForLogging = true;
                while (waitingForLogging) {
                    waitingForLogging = !loggingReady.await(50, TimeUnit.MILLISECONDS) && !context.isDone();
                }
            }
            ExecutionException failure = null;
            for (Map.Entry<MaestroService, Future<ConfigurableApplicationContext>> entry : starting.entrySet()) {
                try {
                    contexts.put(entry.getKey(), entry.getValue().get());
                } catch (ExecutionException e) {
                    log.error("{} did not start", entry.getKey().appName(), e.getCause());
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdown();
        }
    }

    private String[] arguments(MaestroService service, Map<String, String> secrets) {
        List<String> args = new ArrayList<>();
        args.add("--MAESTRO_PORT=" + settings.port(service));
        args.add("--server.address=" + settings.bindAddress());
        args.add("--MAESTRO_MONGO_URI=" + store.connectionString());
        if (service.database() != null) {
            args.add("--MAESTRO_MONGO_DATABASE=" + service.database());
        }
        args.add("--CELERY_BROKER_URL=" + broker.url());
        for (MaestroService peer : MaestroService.values()) {
            args.add("--" + peer.peerVariable() + "=" + settings.internalUrl(peer));
        }
        secrets.forEach((name, value) -> args.add("--" + name + "=" + value));
        // What the browser is told (dashboard runtime config, signed upload links) and may call from.
        args.add("--API_URL=" + settings.publicUrl(MaestroService.SERVER));
        args.add("--ANALYTICS_URL=" + settings.publicUrl(MaestroService.ANALYTICS_FRONT));
        args.add("--WEBSOCKET_URL=" + settings.publicUrl(MaestroService.WEBSOCKET).replaceFirst("^http", "ws")
                + "/connection/websocket");
        args.add("--MAESTRO_CORS_ORIGINS=" + settings.dashboardOrigins());
        args.add("--MAESTRO_TMP=" + settings.dataDirectory().resolve("files"));
        if (service == MaestroService.SERVER) {
            // the broker keeps messages in memory: a crash loses those it confirmed but audit-app had not recorded yet
            args.add("--maestro.audit.outbox.replay-window=" + AUDIT_REPLAY_WINDOW);
        }
        // One log for ten services: the thread names say who speaks (the app-name label would name only the first).
        args.add("--logging.include-application-name=false");
        args.add("--logging.level.qpid=WARN");
        args.add("--logging.level.org.apache.qpid=WARN");
        args.add("--logging.level.de.bwaldvogel.mongo=WARN");
        return args.toArray(String[]::new);
    }

    /** {@code <data>/services.txt}: name and URL of each service, read by {@code ./maestro status}. */
    private void writeServiceList() throws IOException {
        StringBuilder list = new StringBuilder();
        for (MaestroService service : MaestroService.values()) {
            list.append(service.appName()).append(' ').append(settings.internalUrl(service)).append('\n');
        }
        Files.writeString(settings.dataDirectory().resolve("services.txt"), list);
    }

    /** The app name each service answers on {@code GET /}, or null where it does not answer. */
    public Map<MaestroService, String> probe() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Map<MaestroService, String> answers = new EnumMap<>(MaestroService.class);
        for (MaestroService service : MaestroService.values()) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.internalUrl(service) + "/"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                answers.put(service, response.statusCode() == 200 ? appNameIn(response.body()) : null);
            } catch (IOException e) {
                answers.put(service, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answers.put(service, null);
            }
        }
        return answers;
    }

    private static String appNameIn(String body) {
        try {
            String app = JSON.readTree(body).path("app").asString();
            return app.isEmpty() ? null : app;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    /** The table printed once everything is up. */
    public String summary(Map<MaestroService, String> answers, double seconds) {
        StringBuilder table = new StringBuilder();
        table.append(String.format("Maestro is up in %.1f s. Dashboard: %s%n%n", seconds, settings.publicUrl(MaestroService.CLIENT)));
        table.append(String.format("  %-16s %-6s %s%n", "SERVICE", "STATUS", "URL"));
        for (MaestroService service : MaestroService.values()) {
            String status = service.appName().equals(answers.get(service)) ? "UP" : "DOWN";
            table.append(String.format("  %-16s %-6s %s%n", service.appName(), status, settings.publicUrl(service)));
        }
        table.append(String.format("  %-16s %-6s %s%n", "store (mongo)", "UP", store.connectionString()));
        table.append(String.format("  %-16s %-6s amqp://127.0.0.1:%d%n", "broker (amqp)", "UP", broker.port()));
        table.append(String.format("%nData: %s   Stop: ./maestro down (or Ctrl-C)%n", settings.dataDirectory()));
        return table.toString();
    }

    public EmbeddedStore store() {
        return store;
    }

    public StandaloneSettings settings() {
        return settings;
    }

    /** Stops the services (in parallel), then the broker, then the store, which writes its final snapshot. */
    @Override
    public void close() {
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        contexts.values().forEach(context -> stopping.add(CompletableFuture.runAsync(context::close)));
        for (CompletableFuture<Void> stop : stopping) {
            try {
                stop.join();
            } catch (RuntimeException e) {
                log.warn("A service did not stop cleanly", e);
            }
        }
        contexts.clear();
        try {
            broker.close();
        } catch (RuntimeException e) {
            // At JVM exit Qpid's own shutdown hook may have stopped it already.
            log.debug("Broker already stopped", e);
        }
        try {
            store.close();
        } catch (IOException | RuntimeException e) {
            log.error("The store did not close cleanly; its journal will be replayed on the next start", e);
        }
    }
}
