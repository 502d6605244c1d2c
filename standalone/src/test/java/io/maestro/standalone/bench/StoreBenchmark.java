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
import java.io.OutputStream;
import java.io.PrintStream;
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
 * Write and query speed of the two ways to keep the embedded store on disk, through the Mongo driver as the
 * services use it: the memory backend with our journal + snapshot, and mongo-java-server's H2 file backend.
 * Run by bench/store/run.sh; prints one table.
 */
public final class StoreBenchmark {

    private static final int BATCH = 1000;
    private static final int POINT_OPS = 2000;
    private static final int SCANS = 20;
    /** Fewer than the other point reads: the backends without ordered indexes scan for each of these. */
    private static final int OWNED_GETS = 200;
    /** Every document's owner: a read by {@code _id} with the ACL clause reads one record of this owner's many. */
    private static final ObjectId OWNER = new ObjectId();
    private static final ObjectId TEAM = new ObjectId();

    private interface Backend extends AutoCloseable {
        String uri();

        @Override
        void close() throws IOException;
    }

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Stream.of(args).mapToInt(Integer::parseInt).toArray() : new int[] {10_000, 100_000};
        System.out.printf("%-15s %8s %5s %11s %11s %11s %11s %11s %10s %10s %9s%n", "backend", "docs", "time",
                "insert/s", "upsert/s", "update/s", "get us/op", "get+ACL us", "scan ms", "reopen ms", "disk MB");
        // Warm-up (not printed): lets the JIT compile the driver and server paths before anything is measured.
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        for (int round = 0; round < 3; round++) {
            run("memory+journal", 5_000, StoreBenchmark::journaled);
            run("memory, no disk", 5_000, StoreBenchmark::memoryOnly);
        }
        System.setOut(out);
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
            Phase insert;
            Phase upsert;
            Phase update;
            Phase get;
            Phase ownedGet;
            Phase scan;
            List<ObjectId> ids = new ArrayList<>(size);
            try (Backend backend = opener.open(directory); MongoClient client = MongoClients.create(backend.uri())) {
                MongoCollection<Document> servers = client.getDatabase("maestro-client").getCollection("servers");
                servers.createIndex(Indexes.ascending("unique_id"), new IndexOptions().unique(true));
                // the ACL index every resource collection has (common's RecordIndexes)
                servers.createIndex(Indexes.ascending("active", "roles._id", "roles.role"));

                insert = Phase.start();
                for (int from = 0; from < size; from += BATCH) {
                    List<Document> batch = new ArrayList<>(BATCH);
                    for (int i = from; i < Math.min(size, from + BATCH); i++) {
                        ObjectId id = new ObjectId();
                        ids.add(id);
                        batch.add(server(id, i));
                    }
                    servers.insertMany(batch);
                }
                insert = insert.stop();

                // Discovery's Load stage: replace-or-insert by provider identity, one document at a time.
                upsert = Phase.start();
                for (int i = 0; i < POINT_OPS; i++) {
                    int n = (i * 7919) % size;
                    servers.replaceOne(Filters.eq("unique_id", "i-" + n), server(ids.get(n), n).append("seen", i),
                            new ReplaceOptions().upsert(true));
                }
                upsert = upsert.stop();

                update = Phase.start();
                for (int i = 0; i < POINT_OPS; i++) {
                    servers.updateOne(Filters.eq("_id", ids.get((i * 104_729) % size)), Updates.inc("cpu", 1));
                }
                update = update.stop();

                get = Phase.start();
                for (int i = 0; i < POINT_OPS; i++) {
                    servers.find(Filters.eq("_id", ids.get((i * 31) % size))).first();
                }
                get = get.stop();

                // A record's page (GET /servers/<id>): by _id, with the ACL clause of its reader.
                ownedGet = Phase.start();
                for (int i = 0; i < OWNED_GETS; i++) {
                    servers.find(Filters.and(Filters.eq("_id", ids.get((i * 31) % size)), Filters.eq("active", true),
                            Filters.in("roles._id", OWNER, TEAM))).first();
                }
                ownedGet = ownedGet.stop();

                // A list page of the UI: filter on unindexed fields, sort, first 20.
                scan = Phase.start();
                for (int i = 0; i < SCANS; i++) {
                    servers.find(Filters.and(Filters.eq("environment", "production"), Filters.gt("cpu", 32)))
                            .sort(new Document("name", 1)).limit(20).into(new ArrayList<>());
                }
                scan = scan.stop();
            }
            String reopen = "-";
            String disk = "-";
            if (!name.startsWith("memory, no disk")) {
                Phase reopening = Phase.start();
                long reopened;
                try (Backend backend = opener.open(directory); MongoClient client = MongoClients.create(backend.uri())) {
                    reopened = client.getDatabase("maestro-client").getCollection("servers").countDocuments();
                }
                if (reopened != size) {
                    throw new IllegalStateException(name + " lost documents: " + reopened + " of " + size);
                }
                reopen = String.format("%.0f", reopening.stop().wall() * 1e3);
                disk = String.format("%.1f", bytes(directory) / 1e6);
            }
            System.out.printf("%-15s %8d %5s %11.0f %11.0f %11.0f %11.0f %11.0f %10.1f %10s %9s%n", name, size, "wall",
                    size / insert.wall(), POINT_OPS / upsert.wall(), POINT_OPS / update.wall(),
                    get.wall() * 1e6 / POINT_OPS, ownedGet.wall() * 1e6 / OWNED_GETS, scan.wall() * 1e3 / SCANS, reopen,
                    disk);
            System.out.printf("%-15s %8d %5s %11.0f %11.0f %11.0f %11.0f %11.0f %10.1f%n", "", size, "cpu",
                    size / insert.cpu(), POINT_OPS / upsert.cpu(), POINT_OPS / update.cpu(),
                    get.cpu() * 1e6 / POINT_OPS, ownedGet.cpu() * 1e6 / OWNED_GETS, scan.cpu() * 1e3 / SCANS);
        } finally {
            delete(directory);
        }
    }

    private static Document server(ObjectId id, int i) {
        return new Document("_id", id).append("name", "server-" + i).append("unique_id", "i-" + i)
                .append("hostname", "host-" + i + ".example.org").append("ipv4_private", List.of("10.0." + (i / 250 % 250) + "." + (i % 250)))
                .append("environment", i % 3 == 0 ? "production" : "staging").append("cpu", i % 64).append("memory", 2048)
                .append("datacenters", new Document("provider", "AWS").append("region", "eu-west-1"))
                .append("active", true).append("created_at", new Date())
                .append("roles", List.of(new Document("_id", OWNER).append("role", 7).append("refs", "users")));
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /**
     * Wall-clock and CPU seconds of one phase. CPU is the whole JVM's (driver and server): on a shared
     * machine it is the steadier figure, wall-clock time also counts waiting for a core.
     */
    private record Phase(long wallStart, long cpuStart, double wall, double cpu) {
        static Phase start() {
            return new Phase(System.nanoTime(), OS.getProcessCpuTime(), 0, 0);
        }

        Phase stop() {
            return new Phase(wallStart, cpuStart, (System.nanoTime() - wallStart) / 1e9,
                    (OS.getProcessCpuTime() - cpuStart) / 1e9);
        }
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
