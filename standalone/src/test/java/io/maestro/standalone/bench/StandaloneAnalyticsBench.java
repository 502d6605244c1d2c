package io.maestro.standalone.bench;

import com.mongodb.client.MongoClients;
import io.maestro.discovery.bench.BenchProcess;
import io.maestro.standalone.MaestroService;
import io.maestro.standalone.StandaloneRuntime;
import io.maestro.standalone.StandaloneSettings;
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
    private static final int LAYER = 33;

    private final PublicApi api;
    private final OwnedRecords records;

    private StandaloneAnalyticsBench(StandaloneSettings settings, StandaloneRuntime runtime) throws Exception {
        this.api = new PublicApi(settings.publicUrl(MaestroService.SERVER));
        api.signUpAndIn("Bench User", "analytics@example.com");
        this.records = new OwnedRecords(MongoClients.create(runtime.store().connectionString()),
                api.call("GET", "/me", null, 200).path("_id").asString());
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
            HeapPeaks.reset();
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
                    ended.path("status").asString(), ended.path("msg").asString(), seconds, HeapPeaks.megabytes());
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
                    depsOf.get(i).add(OwnedRecords.link(ids.get(target), "app-" + target).append("endpoint", "https://app-" + target));
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
                depsOf.get(i).add(OwnedRecords.link(ids.get(target), "app-" + target));
                made++;
            }
        }
        String[] families = {"Application", "Database", "Cache", "ApiGateway", "Broker", "ObjectStorage"};
        String[] providers = {"AWS", "Azure", "Google Cloud", "OpenStack"};
        List<Document> applications = new ArrayList<>();
        for (int i = 0; i < appCount; i++) {
            applications.add(records.owned(ids.get(i)).append("name", "app-" + i).append("family", families[i % families.length])
                    .append("datacenters", new Document("name", "dc-" + i % 4).append("provider", providers[i % 4]))
                    .append("deps", depsOf.get(i)));
        }
        List<Document> servers = new ArrayList<>();
        for (int i = 0; i < serverCount; i++) {
            int app = i % appCount;
            servers.add(records.owned(new ObjectId()).append("name", "srv-" + i).append("hostname", "srv-" + i)
                    .append("cpu", 1 << (i % 5)).append("memory", 2 << (i % 6))
                    .append("applications", List.of(OwnedRecords.link(ids.get(app), "app-" + app))));
        }
        List<Document> entry = new ArrayList<>();
        for (int i = 0; i < Math.min(LAYER, appCount); i++) {
            entry.add(OwnedRecords.link(ids.get(i), "app-" + i));
        }
        ObjectId system = new ObjectId();
        records.insert("applications", applications);
        records.insert("servers", servers);
        records.insert("systems", List.of(records.owned(system).append("name", "bench").append("entry", entry)));
        return system.toHexString();
    }
}
