package io.maestro.standalone.bench;

import com.mongodb.client.MongoClients;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.discovery.bench.BenchProcess;
import io.maestro.standalone.MaestroService;
import io.maestro.standalone.SecretsFile;
import io.maestro.standalone.StandaloneRuntime;
import io.maestro.standalone.StandaloneSettings;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;

/**
 * Reports on the standalone runtime (all ten services in this JVM, its own store and broker, on a temporary data
 * directory): a pivot report over {@code pivotSize} (10,000) clients, systems, applications and servers linked one to
 * one, and a general report of {@code csvRows} (100,000) servers downloaded as CSV, straight from reports-app and
 * through server-app (both stream it). Prints seconds to {@code finished} and the peak heap of the JVM during each
 * step; for a download also the heap it holds: the live heap (after a full GC, every second while the file is read,
 * slowly, by a client that takes 1 MB per 20 ms) above the live heap before it. The records are written straight into the store (as server-app stores
 * them: links hold ids as text), since the steps measured are the reports, not the writes.
 */
public final class StandaloneReportsBench {

    /** Services on 28000-33900, clear of the tests' offsets and of the other benches'. */
    private static final int PORT_OFFSET = 23000;

    private final PublicApi api;
    private final StandaloneSettings settings;
    private final OwnedRecords records;

    private StandaloneReportsBench(StandaloneSettings settings, StandaloneRuntime runtime) throws Exception {
        this.settings = settings;
        this.api = new PublicApi(settings.publicUrl(MaestroService.SERVER));
        api.signUpAndIn("Bench User", "reports@example.com");
        this.records = new OwnedRecords(MongoClients.create(runtime.store().connectionString()),
                api.call("GET", "/me", null, 200).path("_id").asString());
    }

    public static void main(String[] args) {
        BenchProcess.runThenExit(StandaloneReportsBench::run);
    }

    private static void run() throws Exception {
        int pivotSize = Integer.getInteger("pivotSize", 10_000);
        int csvRows = Integer.getInteger("csvRows", 100_000);
        StandaloneSettings settings = new StandaloneSettings(Path.of(System.getProperty("dataDir")), "127.0.0.1",
                PORT_OFFSET, 0, 0, "localhost");
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            StandaloneReportsBench bench = new StandaloneReportsBench(settings, runtime);
            bench.seedChains(pivotSize);
            System.out.printf("pivot report over %,d clients, systems, applications and servers%n", pivotSize);
            bench.measure("pivot", Map.of("name", "pivot bench", "report", "pivot", "component", "Clients",
                    "filters", Map.of("clients", enabled(), "systems", enabled(), "applications", enabled(),
                            "servers", enabled())));

            bench.seedServers(csvRows - pivotSize);
            System.out.printf("general report of %,d servers, then its CSV%n", csvRows);
            String report = bench.measure("general", Map.of("name", "csv bench", "report", "general",
                    "component", "Servers", "filters", List.of()));
            bench.download("CSV from reports-app", bench.reportsAppTable(report), true);
            bench.download("CSV through server-app", settings.publicUrl(MaestroService.SERVER) + "/reports/" + report
                    + "/result", false);
        } finally {
            System.out.printf("load average after: %s%n", java.nio.file.Files.readString(Path.of("/proc/loadavg"))
                    .trim());
        }
    }

    private static Map<String, Object> enabled() {
        return Map.of("enabled", true, "filters", List.of());
    }

    /** Creates the report and waits for it to end; prints the seconds and the peak heap; returns its id. */
    private String measure(String what, Map<String, Object> report) throws Exception {
        HeapPeaks.reset();
        long start = System.nanoTime();
        String id = api.call("POST", "/reports", report, 201).path("_id").asString();
        JsonNode ended;
        do {
            Thread.sleep(200);
            ended = api.call("GET", "/reports/" + id, null, 200);
        } while ("process".equals(ended.path("status").asString()));
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = api.call("GET", "/reports/" + id + "/result?limit=1", null, 200).path("found").asLong();
        System.out.printf("%-8s %s (%s) in %.1f s, %,d rows, peak heap %,d MB%n", what, ended.path("status").asString(),
                ended.path("msg").asString(), seconds, rows, HeapPeaks.megabytes());
        return id;
    }

    private void download(String what, String url, boolean serviceToken) throws Exception {
        String authorization = serviceToken ? "JWT " + new PrivateServiceTokens(secret("MAESTRO_SECRETJWT_PRIVATE"),
                secret("MAESTRO_NOAUTH")).issue("server-app") : "JWT " + api.token();
        HeapPeaks.reset();
        long before = liveHeapBytes();
        AtomicLong heldAtMost = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long bytes = 0;
        int status;
        try {
            HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", authorization).header("Accept", "text/csv").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            status = answer.statusCode();
            // sampled from the first byte on: full collections before it would only slow reports-app's first pass
            sampler.scheduleWithFixedDelay(() -> heldAtMost.accumulateAndGet(liveHeapBytes() - before, Math::max),
                    0, 1, TimeUnit.SECONDS);
            byte[] buffer = new byte[64 * 1024];
            try (InputStream body = answer.body()) {
                for (int read; (read = body.read(buffer)) >= 0; ) {
                    bytes += read;
                    // a client slower than the services, so that a file held whole would be seen held
                    if (bytes % (1 << 20) < read) {
                        Thread.sleep(20);
                    }
                }
            }
        } finally {
            sampler.shutdownNow();
        }
        System.out.printf("%-24s %d, %,d bytes in %.1f s; held by the download (live heap above the %,d MB before): "
                        + "at most %,d KB; JVM peak heap %,d MB%n", what, status, bytes,
                (System.nanoTime() - start) / 1e9, before >> 20, Math.max(0, heldAtMost.get()) >> 10,
                HeapPeaks.megabytes());
    }

    /** The heap still in use after a full collection. */
    private static long liveHeapBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private String reportsAppTable(String report) {
        return settings.publicUrl(MaestroService.REPORTS) + "/reports/" + report + "_general";
    }

    private String secret(String name) throws Exception {
        return SecretsFile.loadOrCreate(settings.dataDirectory().resolve("secrets.env")).get(name);
    }

    /** {@code count} chains client → system → application → server of the bench user. */
    private void seedChains(int count) {
        List<Document> clients = new ArrayList<>();
        List<Document> systems = new ArrayList<>();
        List<Document> applications = new ArrayList<>();
        List<Document> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectId client = new ObjectId();
            ObjectId system = new ObjectId();
            ObjectId application = new ObjectId();
            clients.add(records.owned(client).append("name", "client-" + i));
            systems.add(records.owned(system).append("name", "system-" + i)
                    .append("clients", List.of(OwnedRecords.link(client, "client-" + i))));
            applications.add(records.owned(application).append("name", "app-" + i)
                    .append("system", List.of(OwnedRecords.link(system, "system-" + i))));
            servers.add(records.owned(new ObjectId()).append("name", "server-" + i).append("hostname", "server-" + i)
                    .append("applications", List.of(OwnedRecords.link(application, "app-" + i))));
        }
        records.insert("clients", clients);
        records.insert("systems", systems);
        records.insert("applications", applications);
        records.insert("servers", servers);
    }

    private void seedServers(int count) {
        List<Document> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            servers.add(records.owned(new ObjectId()).append("name", "plain-" + i).append("hostname", "plain-" + i)
                    .append("ipv4_private", "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255))
                    .append("os", new Document("base", "Linux").append("dist", "Debian")).append("cpu", 2)
                    .append("memory", 4096).append("provider", i % 2 == 0 ? "AWS" : "Azure"));
        }
        records.insert("servers", servers);
    }
}
