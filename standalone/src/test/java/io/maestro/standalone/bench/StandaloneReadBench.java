package io.maestro.standalone.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.maestro.discovery.bench.BenchProcess;
import io.maestro.standalone.MaestroService;
import io.maestro.standalone.StandaloneRuntime;
import io.maestro.standalone.StandaloneSettings;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Reads at inventory scale on the standalone runtime (all ten services, its store and broker, on a temporary data
 * directory): {@code servers} (100,000) servers written straight into the store, owned by one user, then spread over
 * 100 owners; for each, {@code GET /servers?limit=20} p50 at one client and requests/s at 16 clients,
 * {@code /servers/count} p50, both again with a {@code query} filter on name, and {@code limit=1000}. Then
 * {@code servers} audit rows, and the process's RSS and heap. Prints each figure beside issue 21's goal, with the CPU
 * time the JVM spent per request (clients included), which a loaded shared machine distorts less than wall time. System
 * properties: {@code servers} (100000), {@code rounds} (30), {@code seconds} (10, for the 16 clients),
 * {@code dataDir} (an empty directory).
 */
public final class StandaloneReadBench {

    /** Services on 16000-21900: below the ephemeral ports (32768 and up), where a client's socket may hold one. */
    private static final int PORT_OFFSET = 11000;
    private static final int OWNERS = 100;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final String NAME_QUERY = "query=" + URLEncoder.encode("{\"name\":\"srv-12\"}", StandardCharsets.UTF_8);

    private final PublicApi api;
    private final int rounds;
    private final int seconds;

    private StandaloneReadBench(PublicApi api, int rounds, int seconds) {
        this.api = api;
        this.rounds = rounds;
        this.seconds = seconds;
    }

    public static void main(String[] args) {
        BenchProcess.runThenExit(StandaloneReadBench::run);
    }

    private static void run() throws Exception {
        int servers = Integer.getInteger("servers", 100_000);
        StandaloneSettings settings = new StandaloneSettings(Path.of(System.getProperty("dataDir")), "127.0.0.1",
                PORT_OFFSET, 0, 0, "localhost");
        long starting = System.nanoTime();
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            System.out.printf("runtime started in %.1f s (JVM: %s)%n", (System.nanoTime() - starting) / 1e9,
                    String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
            PublicApi api = new PublicApi(settings.publicUrl(MaestroService.SERVER));
            api.signUpAndIn("Bench Reader", "reads@example.com");
            StandaloneReadBench bench = new StandaloneReadBench(api, Integer.getInteger("rounds", 30),
                    Integer.getInteger("seconds", 10));
            try (MongoClient store = MongoClients.create(runtime.store().connectionString())) {
                MongoDatabase client = store.getDatabase(MaestroService.SERVER.database());
                Document user = client.getCollection("users").find(Filters.eq("email", "reads@example.com")).first();
                Document reader = new Document("_id", user.getObjectId("_id")).append("refs", "users").append("role", 7)
                        .append("name", user.getString("name")).append("email", user.getString("email"));
                MongoCollection<Document> serversCollection = client.getCollection("servers");

                insertServers(serversCollection, reader, servers, 1);
                bench.scenario("one owner", servers, named(servers, 1));

                serversCollection.deleteMany(new Document());
                insertServers(serversCollection, reader, servers, OWNERS);
                bench.scenario(OWNERS + " owners", (servers + OWNERS - 1) / OWNERS, named(servers, OWNERS));

                insertAuditRows(store.getDatabase(MaestroService.AUDIT.database()).getCollection("audits"), servers);
                memory(servers);
            }
        }
    }

    /** How many of the reader's servers (every {@code owners}-th) the name query matches. */
    private static int named(int servers, int owners) {
        int named = 0;
        for (int i = 0; i < servers; i += owners) {
            named += ("srv-" + i).contains("srv-12") ? 1 : 0;
        }
        return named;
    }

    /** Figures for the reader, who can read {@code readable} servers of which {@code named} match the name query. */
    private void scenario(String title, int readable, int named) throws Exception {
        System.out.printf("%n-- %s: the reader can read %,d servers --%n", title, readable);
        latency("GET /servers?limit=20", "/servers?limit=20", readable, 30);
        throughput("GET /servers?limit=20", "/servers?limit=20", 150);
        latency("GET /servers/count", "/servers/count", readable, 30);
        latency("GET /servers?limit=20&query={name:srv-12}", "/servers?limit=20&" + NAME_QUERY, named, 30);
        throughput("GET /servers?limit=20&query={name:srv-12}", "/servers?limit=20&" + NAME_QUERY, 150);
        latency("GET /servers/count?query={name:srv-12}", "/servers/count?" + NAME_QUERY, named, 30);
        latency("GET /servers?limit=1000", "/servers?limit=1000", readable, 0);
        long collections = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += collector.getCollectionCount();
            gcMillis += collector.getCollectionTime();
        }
        System.out.printf("garbage collection since start: %d collections, %.1f s%n", collections, gcMillis / 1e3);
    }

    private void latency(String label, String path, int expected, int goalMillis) throws Exception {
        for (int i = 0; i < 3; i++) {
            check(path, expected);
        }
        long[] nanos = new long[rounds];
        long cpuBefore = processCpuNanos();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            check(path, expected);
            nanos[i] = System.nanoTime() - start;
        }
        double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6 / rounds;
        Arrays.sort(nanos);
        System.out.printf("%-46s 1 client   p50 %7.1f ms  p90 %7.1f ms  cpu %6.1f ms/request   %s%n", label,
                nanos[rounds / 2] / 1e6, nanos[(int) Math.ceil(rounds * 0.9) - 1] / 1e6, cpuMillis,
                goalMillis > 0 ? "goal <= " + goalMillis + " ms" : "");
    }

    private void throughput(String label, String path, int goalPerSecond) throws Exception {
        int clients = 16;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long cpuBefore = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> done = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            done.add(pool.submit(() -> {
                int answered = 0;
                while (System.nanoTime() < end) {
                    if (api.send("GET", path, null).statusCode() == 200) {
                        answered++;
                    }
                }
                return answered;
            }));
        }
        int answered = 0;
        for (Future<Integer> result : done) {
            answered += result.get();
        }
        pool.shutdown();
        double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6 / Math.max(answered, 1);
        System.out.printf("%-46s 16 clients %7.1f requests/s  cpu %6.1f ms/request (%d cores: %.0f/s if they were ours)"
                        + "   goal >= %d/s%n", label, answered / (double) seconds, cpuMillis, CORES, CORES * 1000 / cpuMillis,
                goalPerSecond);
    }

    /** CPU time of this JVM (runtime and clients): steadier than wall time on a shared machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Fails unless the answer is 200 with the expected total ({@code found} or {@code count}). */
    private void check(String path, int expected) throws Exception {
        HttpResponse<String> answer = api.send("GET", path, null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        long total = PublicApi.JSON.readTree(answer.body()).path(path.startsWith("/servers/count") ? "count" : "found").asLong();
        if (total != expected) {
            throw new IllegalStateException("GET " + path + " found " + total + ", expected " + expected);
        }
    }

    /** Servers as a sync stores them; owner {@code i % owners} of which the reader is owner 0; updated in random order. */
    private static void insertServers(MongoCollection<Document> servers, Document reader, int count, int owners) {
        long started = System.nanoTime();
        List<Document> ownerAcls = new ArrayList<>();
        ownerAcls.add(reader);
        for (int i = 1; i < owners; i++) {
            ownerAcls.add(new Document("_id", new ObjectId()).append("refs", "users").append("role", 7)
                    .append("name", "owner " + i).append("email", "owner" + i + "@example.com"));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(21));
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Document acl = ownerAcls.get(i % owners);
            Date at = Date.from(start.plusSeconds(order.get(i) * 60L));
            batch.add(new Document("name", "srv-" + i).append("hostname", "host-" + i + ".example")
                    .append("ipv4_private", "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255))
                    .append("os", new Document("base", "Linux").append("dist", "Debian").append("version", "12"))
                    .append("cpu", 4).append("memory", 16).append("role", "Application").append("environment", "Production")
                    .append("status", "Active")
                    .append("datacenters", new Document("name", "dc-" + i % 5).append("region", "eu-west-1")
                            .append("zone", "eu-west-1a").append("provider", "AWS").append("instance_id", "i-" + i))
                    .append("tags", List.of(new Document("key", "team").append("value", "t" + i % 20)))
                    .append("unique_id", "i-" + i)
                    .append("owner", new Document("_id", acl.get("_id")).append("refs", "users"))
                    .append("roles", List.of(acl)).append("active", true).append("created_at", at).append("updated_at", at));
            if (batch.size() == 1000) {
                servers.insertMany(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            servers.insertMany(batch);
        }
        System.out.printf("%ninserted %,d servers (%d owners) in %.1f s%n", count, owners, (System.nanoTime() - started) / 1e9);
    }

    /** Audit rows as audit-app keeps them: one create per server. */
    private static void insertAuditRows(MongoCollection<Document> audits, int count) {
        long started = System.nanoTime();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new Document("entity", "servers").append("entity_id", new ObjectId().toHexString())
                    .append("action", "create").append("user", new Document("_id", "bench").append("name", "Bench Reader"))
                    .append("body", new Document("name", "srv-" + i).append("hostname", "host-" + i + ".example"))
                    .append("created_at", new Date()));
            if (batch.size() == 1000) {
                audits.insertMany(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            audits.insertMany(batch);
        }
        System.out.printf("%ninserted %,d audit rows in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
    }

    private static void memory(int servers) throws Exception {
        System.gc();
        Runtime heap = Runtime.getRuntime();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: unknown").replaceAll("\\s+", " ");
        System.out.printf("memory with %,d servers and %,d audit rows: %s, heap used after GC %d MB of -Xmx %d MB%n",
                servers, servers, rss, (heap.totalMemory() - heap.freeMemory()) >> 20, heap.maxMemory() >> 20);
    }
}
