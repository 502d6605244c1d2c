package io.maestro.standalone.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.maestro.standalone.store.EmbeddedStore;
import java.io.IOException;
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
 * Write and query speed of the two ways to keep the embedded store on disk, through the Mongo driver as the
 * services use it: the memory backend with our journal + snapshot, and mongo-java-server's H2 file backend.
 * Run by bench/store/run.sh; prints one table.
 */
public final class StoreBenchmark {

    private static final int BATCH = 1000;
    private static final int POINT_OPS = 2000;
    private static final int SCANS = 20;

    private interface Backend extends AutoCloseable {
        String uri();

        @Override
        void close() throws IOException;
    }

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Stream.of(args).mapToInt(Integer::parseInt).toArray() : new int[] {10_000, 100_000};
        System.out.printf("%-15s %8s %11s %11s %11s %11s %10s %10s %9s%n", "backend", "docs", "insert/s",
                "upsert/s", "update/s", "get us/op", "scan ms", "reopen ms", "disk MB");
        for (int size : sizes) {
            run("memory+journal", size, StoreBenchmark::journaled);
            run("h2-file", size, StoreBenchmark::h2);
            run("memory, no disk", size, StoreBenchmark::memoryOnly);
        }
    }

    private interface Opener {
        Backend open(Path directory) throws IOException;
    }

    private static Backend journaled(Path directory) throws IOException {
        EmbeddedStore store = EmbeddedStore.open(directory, "127.0.0.1", 0);
        return new Backend() {
            public String uri() {
                return store.connectionString();
            }

            public void close() throws IOException {
                store.close();
            }
        };
    }

    /** The price of durability: the same backend with nothing kept (reopen finds it empty, so no reopen figure). */
    private static Backend memoryOnly(Path directory) {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return new Backend() {
            public String uri() {
                return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
            }

            public void close() {
                server.shutdownNow();
            }
        };
    }

    private static Backend h2(Path directory) {
        H2Backend backend = new H2Backend(directory.resolve("store.mv").toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return new Backend() {
            public String uri() {
                return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
            }

            public void close() {
                server.shutdownNow();
            }
        };
    }

    private static void run(String name, int size, Opener opener) throws Exception {
        Path directory = Files.createTempDirectory("maestro-store-bench");
        try {
            double insertRate;
            double upsertRate;
            double updateRate;
            double getMicros;
            double scanMillis;
            List<ObjectId> ids = new ArrayList<>(size);
            try (Backend backend = opener.open(directory); MongoClient client = MongoClients.create(backend.uri())) {
                MongoCollection<Document> servers = client.getDatabase("maestro-client").getCollection("servers");
                servers.createIndex(Indexes.ascending("unique_id"), new IndexOptions().unique(true));

                long start = System.nanoTime();
                for (int from = 0; from < size; from += BATCH) {
                    List<Document> batch = new ArrayList<>(BATCH);
                    for (int i = from; i < Math.min(size, from + BATCH); i++) {
                        ObjectId id = new ObjectId();
                        ids.add(id);
                        batch.add(server(id, i));
                    }
                    servers.insertMany(batch);
                }
                insertRate = size / seconds(start);

                // Discovery's Load stage: replace-or-insert by provider identity, one document at a time.
                start = System.nanoTime();
                for (int i = 0; i < POINT_OPS; i++) {
                    int n = (i * 7919) % size;
                    servers.replaceOne(Filters.eq("unique_id", "i-" + n), server(ids.get(n), n).append("seen", i),
                            new ReplaceOptions().upsert(true));
                }
                upsertRate = POINT_OPS / seconds(start);

                start = System.nanoTime();
                for (int i = 0; i < POINT_OPS; i++) {
                    servers.updateOne(Filters.eq("_id", ids.get((i * 104_729) % size)), Updates.inc("cpu", 1));
                }
                updateRate = POINT_OPS / seconds(start);

                start = System.nanoTime();
                for (int i = 0; i < POINT_OPS; i++) {
                    servers.find(Filters.eq("_id", ids.get((i * 31) % size))).first();
                }
                getMicros = seconds(start) * 1e6 / POINT_OPS;

                // A list page of the UI: filter on unindexed fields, sort, first 20.
                start = System.nanoTime();
                for (int i = 0; i < SCANS; i++) {
                    servers.find(Filters.and(Filters.eq("environment", "production"), Filters.gt("cpu", 32)))
                            .sort(new Document("name", 1)).limit(20).into(new ArrayList<>());
                }
                scanMillis = seconds(start) * 1e3 / SCANS;
            }
            if (name.startsWith("memory, no disk")) {
                System.out.printf("%-15s %8d %11.0f %11.0f %11.0f %11.0f %10.1f %10s %9s%n", name, size, insertRate,
                        upsertRate, updateRate, getMicros, scanMillis, "-", "-");
                return;
            }
            long start = System.nanoTime();
            long reopened;
            try (Backend backend = opener.open(directory); MongoClient client = MongoClients.create(backend.uri())) {
                reopened = client.getDatabase("maestro-client").getCollection("servers").countDocuments();
            }
            double reopenMillis = seconds(start) * 1e3;
            if (reopened != size) {
                throw new IllegalStateException(name + " lost documents: " + reopened + " of " + size);
            }
            System.out.printf("%-15s %8d %11.0f %11.0f %11.0f %11.0f %10.1f %10.0f %9.1f%n", name, size, insertRate,
                    upsertRate, updateRate, getMicros, scanMillis, reopenMillis, bytes(directory) / 1e6);
        } finally {
            delete(directory);
        }
    }

    private static Document server(ObjectId id, int i) {
        return new Document("_id", id).append("name", "server-" + i).append("unique_id", "i-" + i)
                .append("hostname", "host-" + i + ".example.org").append("ipv4_private", List.of("10.0." + (i / 250 % 250) + "." + (i % 250)))
                .append("environment", i % 3 == 0 ? "production" : "staging").append("cpu", i % 64).append("memory", 2048)
                .append("datacenters", new Document("provider", "AWS").append("region", "eu-west-1"))
                .append("active", true).append("created_at", new Date());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static long bytes(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
