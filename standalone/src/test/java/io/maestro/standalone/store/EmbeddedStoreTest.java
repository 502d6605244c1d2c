package io.maestro.standalone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

    @TempDir
    Path directory;

    @Test
    void everyKindOfChangeSurvivesACleanRestart() throws IOException {
        withStore(directory, EmbeddedStoreTest::writeSample);
        withStore(directory, EmbeddedStoreTest::assertSample);
    }

    @Test
    void acknowledgedChangesSurviveAKilledProcess() throws IOException {
        Path crashed = crashImageOfTheSample();
        withStore(crashed, EmbeddedStoreTest::assertSample);
    }

    @Test
    void changesAfterACompactionAreReplayedOverTheSnapshot() throws IOException {
        Path crashed = directory.resolve("crashed");
        try (EmbeddedStore store = EmbeddedStore.open(directory.resolve("live"), "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoDatabase database = client.getDatabase("inventory");
            database.getCollection("servers").insertOne(new Document("_id", "before").append("n", 1));
            store.compact();
            assertThat(Files.size(directory.resolve("live/store.journal"))).isZero();
            database.getCollection("servers").insertOne(new Document("_id", "after").append("n", 2));
            database.getCollection("servers").updateOne(new Document("_id", "before"), Updates.inc("n", 10));
            CrashImage.copyStore(directory.resolve("live"), crashed);
        }
        withStore(crashed, database -> assertThat(ids(database, "servers", new Document("n", new Document("$gt", 1))))
                .containsExactlyInAnyOrder("before", "after"));
    }

    @Test
    void snapshotsWrittenWhileClientsWriteLoseNoAcknowledgedChange() throws Exception {
        Path crashed = directory.resolve("crashed");
        Map<String, Integer> acknowledgedAtTheCrash;
        Map<Object, Object> liveAtTheEnd;
        try (EmbeddedStore store = EmbeddedStore.open(directory.resolve("live"), "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> counters = client.getDatabase("inventory").getCollection("counters");
            // More documents than one slice of the export, so that writes land between slices.
            List<Document> initial = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                initial.add(new Document("_id", "c" + i).append("n", 0).append("pad", "x".repeat(200)));
            }
            counters.insertMany(initial);
            Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                int first = writer;
                running.add(writers.submit(() -> {
                    for (int round = 1; writing.get(); round++) {
                        for (int i = first; i < 3_000 && writing.get(); i += 4 * 7) {
                            counters.updateOne(new Document("_id", "c" + i), Updates.set("n", round));
                            acknowledged.put("c" + i, round);
                        }
                        counters.insertOne(new Document("_id", "new-" + first + "-" + round).append("n", round));
                        acknowledged.put("new-" + first + "-" + round, round);
                    }
                    return null;
                }));
            }
            for (int i = 0; i < 3; i++) {
                store.compact();
            }
            acknowledgedAtTheCrash = new HashMap<>(acknowledged);
            CrashImage.copyStore(directory.resolve("live"), crashed);
            store.compact();
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get();
            }
            writers.shutdown();
            store.compact();
            liveAtTheEnd = contents(counters);
        }
        assertThat(acknowledgedAtTheCrash).hasSizeGreaterThan(100);
        withStore(crashed, database -> {
            Map<Object, Object> recovered = contents(database.getCollection("counters"));
            acknowledgedAtTheCrash.forEach((id, round) ->
                    assertThat((Integer) recovered.get(id)).as(id).isGreaterThanOrEqualTo(round));
        });
        withStore(directory.resolve("live"), database ->
                assertThat(contents(database.getCollection("counters"))).isEqualTo(liveAtTheEnd));
    }

    @Test
    void aCrashWhileASnapshotIsWrittenReplaysTheRetiredJournal() throws IOException {
        Path crashed = crashImageOfTheSample();
        // What a crash right after the journal was retired leaves: the old snapshot, the retired and an empty journal.
        Files.move(crashed.resolve("store.journal"), crashed.resolve("store.journal.retired"));
        Files.createFile(crashed.resolve("store.journal"));
        withStore(crashed, EmbeddedStoreTest::assertSample);
        assertThat(crashed.resolve("store.journal.retired")).doesNotExist();
        withStore(crashed, database -> database.getCollection("servers").insertOne(new Document("_id", "later")));
        withStore(crashed, database -> assertThat(ids(database, "servers", new Document())).contains("later", "web-1"));
    }

    @Test
    void aTornLastRecordIsCutOffAndTheRestKept() throws IOException {
        Path crashed = crashImageOfTheSample();
        Files.write(crashed.resolve("store.journal"), new byte[] {120, 0, 0, 0, 3, 'h', 'a'}, StandardOpenOption.APPEND);
        withStore(crashed, EmbeddedStoreTest::assertSample);
        withStore(crashed, database -> database.getCollection("servers").insertOne(new Document("_id", "later")));
        withStore(crashed, database -> assertThat(ids(database, "servers", new Document())).contains("later", "web-1"));
    }

    @Test
    void aSecondRuntimeCannotOpenTheSameStore() throws IOException {
        try (EmbeddedStore ignored = EmbeddedStore.open(directory, "127.0.0.1", 0)) {
            assertThatThrownBy(() -> EmbeddedStore.open(directory, "127.0.0.1", 0))
                    .hasMessageContaining("Another Maestro runtime");
        }
    }

    private static void writeSample(MongoDatabase database) {
        database.getCollection("servers").createIndex(Indexes.ascending("unique_id"), new IndexOptions().unique(true));
        List<Document> servers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            servers.add(new Document("_id", "web-" + i).append("unique_id", "i-" + i).append("cpu", i));
        }
        database.getCollection("servers").insertMany(servers);
        database.getCollection("servers").updateOne(new Document("_id", "web-1"), Updates.set("role", "frontend"));
        database.getCollection("servers").updateMany(new Document("cpu", new Document("$gte", 4)), Updates.inc("cpu", 100));
        database.getCollection("servers").deleteOne(new Document("_id", "web-2"));
        database.getCollection("servers").updateOne(new Document("_id", "web-9"), Updates.set("unique_id", "i-9"),
                new UpdateOptions().upsert(true));
        database.getCollection("scratch").insertOne(new Document("x", 1));
        database.getCollection("scratch").drop();
        database.createCollection("empty_but_created");
        database.getCollection("draft").insertOne(new Document("_id", "d"));
        database.getCollection("draft").renameCollection(new com.mongodb.MongoNamespace("inventory", "published"));
        database.getCollection("audit_like").insertOne(new Document("_id", 1).append("when", new java.util.Date(0)));
    }

    private static void assertSample(MongoDatabase database) {
        assertThat(ids(database, "servers", new Document())).containsExactlyInAnyOrder("web-1", "web-3", "web-4", "web-5", "web-9");
        assertThat(database.getCollection("servers").find(new Document("_id", "web-1")).first().getString("role")).isEqualTo("frontend");
        assertThat(database.getCollection("servers").find(new Document("_id", "web-5")).first().getInteger("cpu")).isEqualTo(105);
        assertThat(database.listCollectionNames().into(new ArrayList<>()))
                .contains("servers", "empty_but_created", "published", "audit_like")
                .doesNotContain("scratch", "draft");
        assertThat(ids(database, "published", new Document())).containsExactly("d");
        assertThat(database.getCollection("audit_like").find().first().getDate("when")).isEqualTo(new java.util.Date(0));
        List<String> indexNames = database.getCollection("servers").listIndexes().map(index -> index.getString("name")).into(new ArrayList<>());
        assertThat(indexNames).containsExactlyInAnyOrder("_id_", "unique_id_1");
        assertThatThrownBy(() -> database.getCollection("servers").insertOne(new Document("_id", "dup").append("unique_id", "i-3")))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
        database.getCollection("servers").deleteOne(new Document("_id", "dup"));
    }

    /**
     * What a kill -9 leaves behind once the sample is written: the store's files as they are then, without the final
     * snapshot of close().
     */
    private Path crashImageOfTheSample() throws IOException {
        Path crashed = directory.resolve("crashed");
        try (EmbeddedStore store = EmbeddedStore.open(directory.resolve("live"), "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            writeSample(client.getDatabase("inventory"));
            CrashImage.copyStore(directory.resolve("live"), crashed);
        }
        return crashed;
    }

    private static Map<Object, Object> contents(MongoCollection<Document> collection) {
        Map<Object, Object> contents = new HashMap<>();
        collection.find().forEach(document -> contents.put(document.get("_id"), document.get("n")));
        return contents;
    }

    private static List<Object> ids(MongoDatabase database, String collection, Document filter) {
        return database.getCollection(collection).find(filter).map(document -> document.get("_id")).into(new ArrayList<>());
    }

    private static void withStore(Path directory, Consumer<MongoDatabase> action) throws IOException {
        try (EmbeddedStore store = EmbeddedStore.open(directory, "127.0.0.1", 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            action.accept(client.getDatabase("inventory"));
        }
    }
}
