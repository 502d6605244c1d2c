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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** {@link ResourceStore} on Mongo: a duplicate key is a {@link ConflictException}. */
@Repository
public class MongoResourceStore implements ResourceStore {

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
