package io.maestro.standalone.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.maestro.common.audit.Change;
import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.bench.BenchProcess;
import io.maestro.standalone.MaestroService;
import io.maestro.standalone.StandaloneRuntime;
import io.maestro.standalone.StandaloneSettings;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Audited writes on the standalone runtime (all ten services, its own store and broker, on a temporary data
 * directory), as users make them: {@code clients} concurrent clients each {@code POST /servers} in a loop, first for
 * {@code warmupSeconds} (not counted), then for {@code seconds}. Prints requests/s, p50 and p99 beside 0.6's figure and
 * the goal (issue 21), the failures, the CPU the whole process (runtime and clients) spent per write, also by group of
 * Java threads, and then waits until every server created (warm-up included) has its audit row, printing how long after
 * the last write that took and how many still lack one (the run then fails). System properties: {@code clients} (8), {@code seconds} (60),
 * {@code warmupSeconds} (20), {@code dataDir} (an empty directory), {@code auditWaitSeconds} (300),
 * {@code portOffset} (21000).
 */
public final class StandaloneWriteBench {

    /**
     * Services on 26000-31900 by default; {@code -DportOffset} moves them when another run holds one of those ports
     * (the read bench's 11000 puts its discovery-app on 16000, the browser tests' offsets are 17000 and 18000); at most 21800, so that no
     * service lands among the ephemeral ports (32768 and up), where a client's socket may hold it.
     */
    private static final int PORT_OFFSET = Integer.getInteger("portOffset", 21000);
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private final PublicApi api;

    private StandaloneWriteBench(StandaloneSettings settings) {
        api = new PublicApi(settings.publicUrl(MaestroService.SERVER));
    }

    public static void main(String[] args) {
        BenchProcess.runThenExit(StandaloneWriteBench::run);
    }

    private static void run() throws Exception {
        int clients = Integer.getInteger("clients", 8);
        int seconds = Integer.getInteger("seconds", 60);
        int warmup = Integer.getInteger("warmupSeconds", 20);
        int auditWait = Integer.getInteger("auditWaitSeconds", 300);
        StandaloneSettings settings = new StandaloneSettings(Path.of(System.getProperty("dataDir")), "127.0.0.1",
                PORT_OFFSET, 0, 0, "localhost");
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            StandaloneWriteBench user = new StandaloneWriteBench(settings);
            user.api.signUpAndIn("Bench User", "writes@example.com");
            System.out.printf("standalone: POST /servers, %d clients, %d s warm-up, %d s measured; load average %s%n",
                    clients, warmup, seconds, loadAverage());
            Round warm = user.load(clients, warmup, "warm-up");
            long cpuBefore = processCpuNanos();
            ThreadCpu threadCpu = ThreadCpu.start();
            Round measured = user.load(clients, seconds, "measured");
            long processCpu = processCpuNanos() - cpuBefore;
            Map<String, Long> byGroup = threadCpu.since(threadGroup(settings.port(MaestroService.SERVER)));
            int writes = Math.max(measured.latenciesNanos().length, 1);
            double cpuMillis = processCpu / 1e6 / writes;
            long written = System.nanoTime();
            long[] latencies = measured.latenciesNanos();
            System.out.printf("%-10s %,7d writes in %d s = %,6.0f writes/s   p50 %6.1f ms   p99 %6.1f ms   failures %d"
                            + "   (0.6 on the same store: 517/s; goal >= 1,000/s, p99 <= 50 ms)%n",
                    "measured", latencies.length, seconds, latencies.length / (double) seconds,
                    percentile(latencies, 0.50), percentile(latencies, 0.99), measured.failures());
            System.out.printf("cpu        %6.2f ms per write, runtime and clients (%d cores: %,.0f writes/s if they were"
                    + " ours); load average %s%n", cpuMillis, CORES, CORES * 1000 / cpuMillis, loadAverage());
            long javaThreads = byGroup.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("cpu        %6.2f ms per write in the Java threads (%d cores: %,.0f writes/s), %.2f ms in"
                    + " the JVM's own (JIT compilers, GC); by thread:%n", javaThreads / 1e6 / writes, CORES,
                    CORES * 1e9 * writes / Math.max(javaThreads, 1), (processCpu - javaThreads) / 1e6 / writes);
            byGroup.forEach((group, nanos) -> System.out.printf("           %6.2f ms  %s%n", nanos / 1e6 / writes, group));
            Set<String> created = new HashSet<>(warm.ids());
            created.addAll(measured.ids());
            try (MongoClient store = MongoClients.create(runtime.store().connectionString())) {
                MongoCollection<Document> rows = store.getDatabase(MaestroService.AUDIT.database()).getCollection("audits");
                int missing = awaitAuditRows(rows, created, Duration.ofSeconds(auditWait));
                System.out.printf("audit      %,d of %,d created servers have their audit row, %.1f s after the last"
                        + " write%s%n", created.size() - missing, created.size(), (System.nanoTime() - written) / 1e9,
                        missing == 0 ? "" : "   MISSING " + missing);
                if (missing > 0) {
                    throw new IllegalStateException(missing + " created servers have no audit row");
                }
            }
        }
    }

    /**
     * Waits until every server of {@code created} has a creation row in audit-app's store, or {@code patience} has
     * passed; answers how many have none.
     */
    private static int awaitAuditRows(MongoCollection<Document> rows, Set<String> created, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Set<String> audited = new HashSet<>();
            rows.distinct("entity_id", Filters.and(Filters.eq("entity", Inventory.SERVERS.entityName()),
                    Filters.eq("change", Change.CREATE.rowName())), ObjectId.class).forEach(id -> audited.add(id.toHexString()));
            int missing = (int) created.stream().filter(id -> !audited.contains(id)).count();
            if (missing == 0 || System.nanoTime() > deadline) {
                return missing;
            }
            Thread.sleep(1_000);
        }
    }

    /** What a thread of the runtime or of the bench does, from its name. */
    private static Function<String, String> threadGroup(int serverAppPort) {
        String serverAppRequests = "-" + serverAppPort + "-exec-";
        return name -> {
            if (name.contains(serverAppRequests)) {
                return "server-app's request threads";
            }
            if (name.startsWith("mongo-server") || name.startsWith("store-")) {
                return "the embedded store";
            }
            if (name.startsWith("virtualhost-") || name.startsWith("IO-") || name.startsWith("Broker")
                    || name.startsWith("Housekeeping") || name.startsWith("VirtualHost")) {
                return "the embedded broker";
            }
            if (name.contains("RabbitListenerEndpointContainer")) {
                return "AMQP listeners (audit-app recording the rows)";
            }
            if (name.equals("audit-relay")) {
                return "server-app's outbox relay";
            }
            if (name.startsWith("pool-") || name.startsWith("HttpClient")) {
                return "the bench's clients";
            }
            return "other threads";
        };
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private record Round(long[] latenciesNanos, int failures, List<String> ids) {
    }

    /** Every client writes until the round's end; answers every latency, the failures and the ids written. */
    private Round load(int clients, int seconds, String round) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger failures = new AtomicInteger();
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int number = client;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int count = 0;
                for (int i = 0; System.nanoTime() < end; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = api.send("POST", "/servers", Map.of("name", round + "-" + number + "-" + i,
                            "hostname", "host-" + number + "-" + i, "ipv4_private", "10.0." + number + "." + (i % 250)));
                    long took = System.nanoTime() - start;
                    if (answer.statusCode() != 201) {
                        failures.incrementAndGet();
                        continue;
                    }
                    ids.add(PublicApi.JSON.readTree(answer.body()).path("_id").asString());
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = took;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        pool.shutdown();
        return new Round(all.stream().flatMapToLong(Arrays::stream).sorted().toArray(), failures.get(), List.copyOf(ids));
    }

    private static double percentile(long[] sortedNanos, double fraction) {
        return sortedNanos.length == 0 ? 0
                : sortedNanos[Math.min(sortedNanos.length - 1, (int) (sortedNanos.length * fraction))] / 1e6;
    }
}
