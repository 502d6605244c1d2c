package io.maestro.common.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Updates that only set fields, which {@link IndexedMemoryBackend} applies without the memory backend's deep copies
 * ({@link FieldSetUpdate}), leave the store as the plain memory backend leaves it: random {@code updateOne} and
 * {@code updateMany} commands ({@code $set} of top-level and dotted paths through embedded documents, missing or null
 * ones, arrays and plain values, numbers equal by value but of another type, nulls, {@code $setOnInsert}, upserts that
 * match or insert, with selectors of plain equalities or more, paths in conflict, {@code _id}, values that break the
 * unique index) go to both; each answers the same (matched and
 * modified counts, upserted id, or the same error), after each the stored documents are equal field for field and in
 * order, and queries the indexes answer (unique, compound, multikey, dotted) find the same documents. The unique
 * indexes' own way of reading plain keys ({@link PlainKeyUniqueIndex}) is checked by the same commands: upserts that
 * insert a duplicate {@code unique_id}, sets that make one.
 */
class IndexedUpdatePropertyTest {

    private static final int DOCUMENTS = 120;
    private static final int COMMANDS = 600;
    /** Paths to set: mostly plain fields and paths through embedded documents (or where one is created)… */
    private static final List<String> PATHS = List.of("name", "size", "active", "unique_id", "roles", "note",
            "seen_by.c1", "seen_by.c2", "meta.tags", "meta.owner.name", "deep.a.b");
    /** …and some through arrays or values, or the immutable {@code _id}, or inside another path. */
    private static final List<String> ODD_PATHS = List.of("size.x", "roles.0.role", "roles.role", "note.text", "_id",
            "seen_by", "meta");

    private IndexedAndScanningStores stores;
    private MongoCollection<Document> indexed;
    private MongoCollection<Document> scanning;
    private final List<ObjectId> ids = new ArrayList<>();
    private Random random;

    @BeforeEach
    void start() {
        stores = new IndexedAndScanningStores("seen_by.c1");
        indexed = stores.indexed;
        scanning = stores.scanning;
    }

    @AfterEach
    void stop() {
        stores.close();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 77L, 20261208L})
    void fieldSetsLeaveTheStoreAsTheBackendDoes(long seed) {
        random = new Random(seed);
        for (int i = 0; i < DOCUMENTS; i++) {
            Document document = document(i);
            ids.add(document.getObjectId("_id"));
            indexed.insertOne(new Document(document));
            scanning.insertOne(new Document(document));
        }
        int fastShaped = 0;
        int errors = 0;
        int changes = 0;
        for (int i = 0; i < COMMANDS; i++) {
            Bson filter = filter();
            Document update = update();
            boolean many = random.nextBoolean();
            UpdateOptions options = new UpdateOptions().upsert(random.nextInt(4) == 0);
            if (options.isUpsert()) {
                ObjectId id = random.nextBoolean() ? new ObjectId() : pick(ids);
                ids.add(id);
                // an upsert that sets _id gets an ObjectId of the store's choosing when the value is null: the
                // two stores would choose differently
                update.values().forEach(fields -> ((Document) fields).remove("_id"));
                filter = switch (random.nextInt(4)) {
                    case 0 -> Filters.eq("_id", id);
                    case 1 -> new Document("_id", id).append("unique_id", "u-" + random.nextInt(DOCUMENTS * 4));
                    case 2 -> new Document("_id", id).append("name", value());
                    default -> Filters.and(Filters.eq("_id", id), Filters.gt("size", 0));
                };
            }
            String what = "seed " + seed + ", command " + i + ": " + (many ? "updateMany " : "updateOne ")
                    + filter.toBsonDocument().toJson() + " " + update.toJson() + " upsert " + options.isUpsert();
            String indexedAnswer = answer(indexed, filter, update, many, options);
            String scanningAnswer = answer(scanning, filter, update, many, options);
            assertThat(indexedAnswer).as(what).isEqualTo(scanningAnswer);
            assertThat(all(indexed)).as("documents after " + what).isEqualTo(all(scanning));
            compareIndexedQueries(what);
            fastShaped += update.keySet().stream().allMatch(k -> k.equals("$set") || k.equals("$setOnInsert")) ? 1 : 0;
            errors += scanningAnswer.startsWith("error") ? 1 : 0;
            changes += scanningAnswer.contains("modified 0") || scanningAnswer.startsWith("error") ? 0 : 1;
        }
        assertThat(fastShaped).as("commands of the shape applied without the backend").isGreaterThan(COMMANDS / 2);
        assertThat(changes).as("commands that changed documents").isGreaterThan(COMMANDS / 4);
        assertThat(errors).as("commands both refused").isBetween(COMMANDS / 50, COMMANDS / 2);
    }

    /**
     * Upserts whose selector names no {@code _id} (each store then makes its own): the documents they insert are
     * compared without it, once checked that it comes first; their selectors and sets share fields, with values equal
     * by value and not by type (the selector's stays).
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5L, 20261209L})
    void upsertsWithoutAnIdInsertWhatTheBackendInserts(long seed) {
        random = new Random(seed);
        for (int i = 0; i < COMMANDS / 4; i++) {
            String uniqueId = "new-" + i;
            Bson filter = new Document("unique_id", uniqueId).append("size", random.nextInt(2));
            Document sets = new Document("size", random.nextBoolean() ? (double) random.nextInt(2) : (long) random.nextInt(2));
            sets.append(pick(PATHS.subList(6, PATHS.size())), value()).append("name", value());
            Document update = new Document("$set", sets).append("$setOnInsert", new Document("created_at", value()));
            String what = "seed " + seed + ", upsert " + filter.toBsonDocument().toJson() + " " + update.toJson();
            List<Document> inserted = new ArrayList<>();
            for (MongoCollection<Document> collection : List.of(indexed, scanning)) {
                UpdateResult result = collection.updateOne(filter, update, new UpdateOptions().upsert(true));
                assertThat(result.getUpsertedId()).as(what).isNotNull();
                Document document = collection.find(Filters.eq("unique_id", uniqueId)).first();
                assertThat(document.keySet().iterator().next()).as(what).isEqualTo("_id");
                document.remove("_id");
                inserted.add(document);
            }
            JsonWriterSettings exact = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
            assertThat(inserted.get(0).toJson(exact)).as(what).isEqualTo(inserted.get(1).toJson(exact));
        }
    }

    private static String answer(MongoCollection<Document> collection, Bson filter, Document update, boolean many,
                                 UpdateOptions options) {
        try {
            UpdateResult result = many ? collection.updateMany(filter, update, options)
                    : collection.updateOne(filter, update, options);
            return "matched " + result.getMatchedCount() + ", modified " + result.getModifiedCount() + ", upserted "
                    + result.getUpsertedId();
        } catch (MongoWriteException refused) {
            return "error " + refused.getError().getCode() + " " + refused.getError().getMessage();
        }
    }

    /** Every stored document as extended JSON: field order and every value's type count. */
    private static List<String> all(MongoCollection<Document> collection) {
        JsonWriterSettings exact = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
        return collection.find().map(document -> document.toJson(exact)).into(new ArrayList<>());
    }

    private void compareIndexedQueries(String what) {
        List<Function<Object, Bson>> queries = List.of(
                value -> Filters.eq("unique_id", value),
                value -> Filters.eq("name", value),
                value -> Filters.and(Filters.eq("size", value), Filters.exists("name")),
                value -> Filters.eq("seen_by.c1", value),
                value -> Filters.and(Filters.eq("active", true), Filters.elemMatch("roles", Filters.eq("role", value))));
        for (Function<Object, Bson> query : queries) {
            Bson filter = query.apply(value());
            assertThat(indexed.find(filter).into(new ArrayList<>())).as("query " + filter.toBsonDocument().toJson()
                    + " after " + what).isEqualTo(scanning.find(filter).into(new ArrayList<>()));
        }
    }

    private Document document(int number) {
        Document document = new Document("_id", new ObjectId());
        for (String field : List.of("name", "size", "active", "note")) {
            if (random.nextInt(5) > 0) {
                document.append(field, value());
            }
        }
        if (random.nextInt(3) > 0) {
            document.append("unique_id", "u-" + number);
        }
        if (random.nextInt(3) > 0) {
            document.append("roles", List.of(new Document("_id", "user").append("role", random.nextInt(3))));
        }
        switch (random.nextInt(5)) {
            case 0 -> document.append("seen_by", new Document("c1", value()));
            case 1 -> document.append("seen_by", null);
            case 2 -> document.append("seen_by", List.of(new Document("c1", value())));
            default -> { }
        }
        if (random.nextBoolean()) {
            document.append("meta", new Document("tags", List.of("a", "b")).append("owner", new Document("name", value())));
        }
        return document;
    }

    private Document update() {
        Document update = new Document();
        if (random.nextInt(12) == 0) {
            update.append("$unset", new Document(pick(PATHS), ""));
        }
        Document sets = new Document();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String path = pick(random.nextInt(6) == 0 ? ODD_PATHS : PATHS);
            Object value = value();
            // an explicit null in the sparse unique index makes the backend's own update path fail (it finds the
            // null key's document for every document without the field): nothing Maestro writes (bulk sets skip nulls)
            sets.append(path, path.equals("unique_id") && value == null ? "u-none" : value);
        }
        update.append("$set", sets);
        if (random.nextInt(3) == 0) {
            update.append("$setOnInsert", new Document(random.nextBoolean() ? "created_at" : pick(PATHS), value()));
        }
        return update;
    }

    /** Values that are often equal to stored ones, by value or by type too. */
    private Object value() {
        return switch (random.nextInt(12)) {
            case 0 -> null;
            case 1 -> random.nextInt(3);
            case 2 -> (double) random.nextInt(3);
            case 3 -> (long) random.nextInt(3);
            case 4 -> "srv-" + random.nextInt(4);
            case 5 -> "u-" + random.nextInt(DOCUMENTS * 4);
            case 6 -> new Date(1_700_000_000_000L + random.nextInt(3) * 1000L);
            case 7 -> random.nextBoolean();
            case 8 -> new Document("text", "srv-" + random.nextInt(2));
            case 9 -> List.of(new Document("_id", "user").append("role", random.nextInt(3)));
            case 10 -> List.of(random.nextInt(3), "srv-" + random.nextInt(2));
            default -> -0.0;
        };
    }

    private Bson filter() {
        return switch (random.nextInt(4)) {
            case 0 -> Filters.eq("_id", pick(ids));
            case 1 -> Filters.in("_id", pick(ids), pick(ids), pick(ids));
            case 2 -> Filters.eq("name", value());
            default -> Filters.eq("size", value());
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
