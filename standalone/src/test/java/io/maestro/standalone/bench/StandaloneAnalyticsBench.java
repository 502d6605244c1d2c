package io.maestro.standalone.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.maestro.discovery.bench.BenchProcess;
import io.maestro.standalone.MaestroService;
import io.maestro.standalone.StandaloneRuntime;
import io.maestro.standalone.StandaloneSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;

/**
 * A business map on the standalone runtime (all ten services in this JVM, its own store and broker): {@code apps}
 * (1,000) applications in layers of about 33, each depending on three of the next layer, plus cross-layer dependencies
 * (cycles among them) up to {@code deps} (3,000), and {@code servers} (5,000) servers spread over the applications, all
 * reached from one system whose entry points are the first layer. Prints seconds from {@code POST /graphs} to
 * {@code finished}, the SVG's size and the peak heap; analytics-app's own log line gives the lookup, layout and drawing
 * times. The records are written straight into the store (as server-app stores them: links hold ids as text).
 */
public final class StandaloneAnalyticsBench {

    /** Services on 26500-32400, clear of the tests' offsets and of the other benches'. */
    private static final int PORT_OFFSET = 21500;
    private static final int INSERT_BATCH = 2_000;
    private static final int LAYER = 33;

    private final PublicApi api;
    private final MongoClient store;
    private final String owner;

    private StandaloneAnalyticsBench(StandaloneSettings settings, StandaloneRuntime runtime) throws Exception {
        this.api = new PublicApi(settings.publicUrl(MaestroService.SERVER));
        api.signUpAndIn("Bench User", "analytics@example.com");
        this.owner = api.call("GET", "/me", null, 200).path("_id").asString();
        this.store = MongoClients.create(runtime.store().connectionString());
    }

    public static void main(String[] args) {
        BenchProcess.runThenExit(StandaloneAnalyticsBench::run);
    }

    private static void run() throws Exception {
        int apps = Integer.getInteger("apps", 1_000);
        int deps = Integer.getInteger("deps", 3_000);
        int servers = Integer.getInteger("servers", 5_000);
        StandaloneSettings settings = new StandaloneSettings(Path.of(System.getProperty("dataDir")), "127.0.0.1",
                PORT_OFFSET, 0, 0, "localhost");
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            StandaloneAnalyticsBench bench = new StandaloneAnalyticsBench(settings, runtime);
            String system = bench.seed(apps, deps, servers);
            System.out.printf("map of %,d applications, %,d dependencies, %,d servers%n", apps, deps, servers);
            resetPeaks();
            long start = System.nanoTime();
            String graph = bench.api.call("POST", "/graphs", Map.of("name", "bench map", "type", "bussiness",
                    "systems", List.of(Map.of("_id", system, "name", "bench"))), 201).path("_id").asString();
            JsonNode ended;
            do {
                Thread.sleep(200);
                ended = bench.api.call("GET", "/graphs/" + graph, null, 200);
            } while ("process".equals(ended.path("status").asString()));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("POST /graphs to %s (%s) in %.1f s (reference 0.6: none published), peak heap %,d MB%n",
                    ended.path("status").asString(), ended.path("msg").asString(), seconds, peakHeapMegabytes());
            System.out.printf("drawn: %s applications, %s connections, %s servers, density %s%n",
                    ended.path("ifamilies").path("total"), ended.path("info").path("conections"),
                    ended.path("iservers").path("total"), ended.path("info").path("density"));
            for (String ext : List.of("svg", "png", "drawio", "mmd", "html")) {
                HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        settings.publicUrl(MaestroService.ANALYTICS_FRONT) + "/graphs/" + graph + "?ext=" + ext))
                        .header("Authorization", "JWT " + bench.api.token()).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                System.out.printf("%-6s %d, %,d bytes%n", ext, file.statusCode(), file.body().length);
            }
        } finally {
            System.out.printf("load average after: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        }
    }

    /** The applications, their dependencies and servers; returns the id of the system that enters the map. */
    private String seed(int appCount, int depCount, int serverCount) {
        List<ObjectId> ids = new ArrayList<>();
        for (int i = 0; i < appCount; i++) {
            ids.add(new ObjectId());
        }
        List<List<Document>> depsOf = new ArrayList<>();
        ids.forEach(id -> depsOf.add(new ArrayList<>()));
        int made = 0;
        // each application depends on three of the next layer, so every one is reached within appCount / LAYER steps
        for (int i = 0; i + LAYER < appCount && made < depCount; i++) {
            int nextLayer = (i / LAYER + 1) * LAYER;
            int width = Math.min(LAYER, appCount - nextLayer);
            for (int k = 0; k < 3 && made < depCount; k++) {
                int target = nextLayer + (i % LAYER + k) % width;
                if (depsOf.get(i).stream().noneMatch(dep -> dep.getString("_id").equals(ids.get(target).toHexString()))) {
                    depsOf.get(i).add(link(ids.get(target), "app-" + target).append("endpoint", "https://app-" + target));
                    made++;
                }
            }
        }
        // the rest across layers, some of them backwards (cycles); each round over the applications shifts the targets
        for (long k = 0; made < depCount && k < (long) appCount * appCount; k++) {
            int i = (int) (k % appCount);
            int target = (int) ((i * 31L + 17 + k / appCount * 7) % appCount);
            String targetId = ids.get(target).toHexString();
            if (target != i && depsOf.get(i).stream().noneMatch(dep -> dep.getString("_id").equals(targetId))) {
                depsOf.get(i).add(link(ids.get(target), "app-" + target));
                made++;
            }
        }
        String[] families = {"Application", "Database", "Cache", "ApiGateway", "Broker", "ObjectStorage"};
        String[] providers = {"AWS", "Azure", "Google Cloud", "OpenStack"};
        List<Document> applications = new ArrayList<>();
        for (int i = 0; i < appCount; i++) {
            applications.add(owned(ids.get(i)).append("name", "app-" + i).append("family", families[i % families.length])
                    .append("datacenters", new Document("name", "dc-" + i % 4).append("provider", providers[i % 4]))
                    .append("deps", depsOf.get(i)));
        }
        List<Document> servers = new ArrayList<>();
        for (int i = 0; i < serverCount; i++) {
            int app = i % appCount;
            servers.add(owned(new ObjectId()).append("name", "srv-" + i).append("hostname", "srv-" + i)
                    .append("cpu", 1 << (i % 5)).append("memory", 2 << (i % 6))
                    .append("applications", List.of(link(ids.get(app), "app-" + app))));
        }
        List<Document> entry = new ArrayList<>();
        for (int i = 0; i < Math.min(LAYER, appCount); i++) {
            entry.add(link(ids.get(i), "app-" + i));
        }
        ObjectId system = new ObjectId();
        insert("applications", applications);
        insert("servers", servers);
        insert("systems", List.of(owned(system).append("name", "bench").append("entry", entry)));
        return system.toHexString();
    }

    private Document owned(ObjectId id) {
        return new Document("_id", id).append("active", true)
                .append("roles", List.of(new Document("_id", new ObjectId(owner)).append("role", 7)
                        .append("refs", "users").append("name", "Bench User")));
    }

    private static Document link(ObjectId id, String name) {
        return new Document("_id", id.toHexString()).append("name", name);
    }

    private void insert(String collection, List<Document> documents) {
        MongoCollection<Document> target = store.getDatabase("maestro-client").getCollection(collection);
        for (int from = 0; from < documents.size(); from += INSERT_BATCH) {
            target.insertMany(documents.subList(from, Math.min(documents.size(), from + INSERT_BATCH)));
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the heap in use at once. */
    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }
}
