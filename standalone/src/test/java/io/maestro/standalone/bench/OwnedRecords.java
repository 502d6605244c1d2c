package io.maestro.standalone.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/** Records a bench writes straight into the runtime's store, as server-app stores them, all held by one user. */
final class OwnedRecords {

    private static final int INSERT_BATCH = 2_000;

    private final MongoClient store;
    private final String owner;

    OwnedRecords(MongoClient store, String owner) {
        this.store = store;
        this.owner = owner;
    }

    /** A live record with {@code id}, the owner its only (admin) holder. */
    Document owned(ObjectId id) {
        return new Document("_id", id).append("active", true)
                .append("roles", List.of(new Document("_id", new ObjectId(owner)).append("role", 7)
                        .append("refs", "users").append("name", "Bench User")));
    }

    /** A link to another record, {@code {_id, name}}, as the API stores one. */
    static Document link(ObjectId id, String name) {
        return new Document("_id", id.toHexString()).append("name", name);
    }

    void insert(String collection, List<Document> documents) {
        MongoCollection<Document> target = store.getDatabase("maestro-client").getCollection(collection);
        for (int from = 0; from < documents.size(); from += INSERT_BATCH) {
            target.insertMany(documents.subList(from, Math.min(documents.size(), from + INSERT_BATCH)));
        }
    }
}
