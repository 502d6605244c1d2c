package io.maestro.standalone.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.maestro.standalone.store.CrashImage;
import io.maestro.standalone.store.EmbeddedStore;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * How long the store takes to recover after a crash: {@code documents} inventory documents (100,000) written through
 * the Mongo driver, then each one updated as a sync marks it seen (the journal grows and is compacted as in the
 * runtime), then the files copied as a {@code kill -9} leaves them (no final snapshot) and opened again. Run by
 * bench/restart/run.sh; prints the recovery's wall-clock and CPU time and its garbage-collection pauses.
 */
public final class RestartBenchmark {

    private RestartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path live = Files.createTempDirectory("maestro-restart-bench");
        Path crashed = Files.createTempDirectory("maestro-restart-crashed");
        try {
            try (EmbeddedStore store = EmbeddedStore.open(live, "127.0.0.1", 0);
                 MongoClient client = MongoClients.create(store.connectionString())) {
                MongoCollection<Document> servers = client.getDatabase("maestro-client").getCollection("servers");
                servers.createIndex(Indexes.ascending("unique_id"), new IndexOptions().unique(true).sparse(true));
                for (int from = 0; from < documents; from += 1000) {
                    List<Document> batch = new ArrayList<>(1000);
                    for (int i = from; i < Math.min(documents, from + 1000); i++) {
                        batch.add(server(i));
                    }
                    servers.insertMany(batch);
                }
                for (int from = 0; from < documents; from += 1000) {
                    servers.updateMany(Filters.and(Filters.gte("n", from), Filters.lt("n", from + 1000)),
                            Updates.set("last_seen_at", new Date()));
                }
                CrashImage.copyStore(live, crashed);
            }
            System.out.printf("crash image: snapshot %.1f MB, journal %.1f MB (of which retired by a snapshot being written"
                    + " %.1f MB)%n", megabytes(crashed, "store.snapshot"),
                    megabytes(crashed, "store.journal") + megabytes(crashed, "store.journal.retired"),
                    megabytes(crashed, "store.journal.retired"));
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            System.gc();
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            long gc = gcMillis();
            try (EmbeddedStore store = EmbeddedStore.open(crashed, "127.0.0.1", 0);
                 MongoClient client = MongoClients.create(store.connectionString())) {
                double seconds = (System.nanoTime() - wall) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
                long recovered = client.getDatabase("maestro-client").getCollection("servers").countDocuments();
                if (recovered != documents) {
                    throw new IllegalStateException("recovered " + recovered + " of " + documents + " documents");
                }
                System.out.printf("recovery after a crash: %,d documents in %.1f s wall, %.1f s CPU, GC pauses %.1f s"
                        + " (load average %s)%n", documents, seconds, cpuSeconds, (gcMillis() - gc) / 1e3,
                        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            }
        } finally {
            delete(live);
            delete(crashed);
        }
    }

    /** A discovered server as data-app stores it (~400 bytes). */
    private static Document server(int i) {
        return new Document("_id", new ObjectId()).append("n", i).append("name", "server-" + i)
                .append("unique_id", "file:64b000000000000000000001:server-" + i)
                .append("hostname", "host-" + i + ".example.org")
                .append("ipv4_private", "10.0." + (i / 250 % 250) + "." + (i % 250))
                .append("environment", i % 3 == 0 ? "production" : "staging").append("cpu", i % 64)
                .append("memory", 2048).append("datacenters", new Document("provider", "AWS").append("region", "eu-west-1"))
                .append("roles", List.of(new Document("_id", "64b000000000000000000003").append("role", 7)
                        .append("refs", "users")))
                .append("active", true).append("created_at", new Date()).append("first_seen_at", new Date());
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double megabytes(Path directory, String name) throws IOException {
        return Files.exists(directory.resolve(name)) ? Files.size(directory.resolve(name)) / 1e6 : 0;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
