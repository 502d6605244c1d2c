package io.maestro.server.store.resource;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoServerException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.ReturnDocument;
import io.maestro.common.inventory.RecordIndexes;
import io.maestro.common.web.ConflictException;
import io.maestro.server.domain.resource.ResourceStore;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** {@link ResourceStore} on Mongo: a duplicate key is a {@link ConflictException}. */
@Repository
public class MongoResourceStore implements ResourceStore {

    private static final String ID = "_id";

    private final MongoTemplate mongo;

    public MongoResourceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Document> find(String collection, Document filter, Document projection, Document sort, long skip, int limit) {
        return collection(collection).find(filter).projection(projection).sort(sort)
                .skip((int) Math.min(skip, Integer.MAX_VALUE)).limit(limit).into(new ArrayList<>());
    }

    @Override
    public long count(String collection, Document filter) {
        return collection(collection).countDocuments(filter);
    }

    @Override
    public Document findOne(String collection, Document filter, Document projection) {
        return collection(collection).find(filter).projection(projection).first();
    }

    @Override
    public void insert(String collection, Document document) {
        try {
            collection(collection).insertOne(document);
        } catch (MongoServerException failure) {
            throw conflictOr(failure);
        }
    }

    /**
     * Encodes and decodes {@code written} with the collection's codec, as an insert and a find would, and keeps the
     * projected fields. A projection this does not apply in memory (an excluded field, a nested path) is read from the
     * store.
     */
    @Override
    public Document asRead(String collection, Document written, Document projection) {
        if (!topLevelInclusion(projection)) {
            return findOne(collection, new Document(ID, written.get(ID)), projection);
        }
        Codec<Document> codec = collection(collection).getCodecRegistry().get(Document.class);
        // to BSON bytes and back, as the driver does on the wire (a BsonDocument tree would cost more than the read)
        Document read = new RawBsonDocument(written, codec).decode(codec);
        if (projection == null || projection.isEmpty()) {
            return read;
        }
        // in the projection's order, as the embedded store answers a find (MongoDB keeps the stored order)
        Document projected = new Document(ID, read.get(ID));
        projection.keySet().stream().filter(read::containsKey).forEach(field -> projected.put(field, read.get(field)));
        return projected;
    }

    /** No projection, or one that only includes top-level fields (and keeps {@code _id}, as a find does by default). */
    private static boolean topLevelInclusion(Document projection) {
        return projection == null || projection.entrySet().stream().allMatch(field -> field.getKey().indexOf('.') < 0
                && (Integer.valueOf(1).equals(field.getValue()) || Boolean.TRUE.equals(field.getValue())));
    }

    @Override
    public Document update(String collection, Document filter, Document update, Document projection) {
        try {
            return collection(collection).findOneAndUpdate(filter, update,
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER).projection(projection));
        } catch (MongoServerException failure) {
            throw conflictOr(failure);
        }
    }

    @Override
    public boolean replace(String collection, Document filter, Document replacement) {
        try {
            return collection(collection).replaceOne(filter, replacement).getMatchedCount() > 0;
        } catch (MongoServerException failure) {
            throw conflictOr(failure);
        }
    }

    @Override
    public void ensureIndexes(String collection, String aclField, boolean uniqueId) {
        MongoCollection<Document> target = collection(collection);
        for (RecordIndexes index : RecordIndexes.of(collection, aclField, uniqueId ? "unique_id" : null)) {
            target.createIndex(index.keys(), new IndexOptions().name(index.name()).unique(index.unique()).sparse(index.unique()));
        }
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getDb().getCollection(name);
    }

    /** A write ({@code MongoWriteException}) and a find-and-modify ({@code MongoCommandException}) report it alike. */
    private static RuntimeException conflictOr(MongoServerException failure) {
        if (ErrorCategory.fromErrorCode(failure.getCode()) == ErrorCategory.DUPLICATE_KEY) {
            return new ConflictException("A record with the same unique value already exists");
        }
        return failure;
    }
}
