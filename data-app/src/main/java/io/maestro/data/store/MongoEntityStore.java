package io.maestro.data.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.UpdateResult;
import io.maestro.data.domain.EntityStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** {@link EntityStore} on Mongo. */
@Repository
public class MongoEntityStore implements EntityStore {

    private static final Document BY_ID = new Document("_id", 1);
    /** Documents per cursor batch of {@link #forEach}: what a report reads at a time. */
    private static final int CURSOR_BATCH = 500;

    private final MongoTemplate mongo;

    public MongoEntityStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long count(String collection, Document filter) {
        return collection(collection).countDocuments(filter);
    }

    @Override
    public List<Document> find(String collection, Document filter, List<String> fields, int skip, int limit) {
        return collection(collection).find(filter).projection(fields == null ? null : Projections.include(fields))
                .sort(BY_ID).skip(skip).limit(limit).into(new ArrayList<>());
    }

    @Override
    public void forEach(String collection, Document filter, Consumer<Document> action) {
        collection(collection).find(filter).sort(BY_ID).batchSize(CURSOR_BATCH).forEach(action);
    }

    @Override
    public BulkOutcome bulkWrite(String collection, List<WriteModel<Document>> writes) {
        try {
            return new BulkOutcome(collection(collection).bulkWrite(writes, new BulkWriteOptions().ordered(false)), List.of());
        } catch (MongoBulkWriteException e) {
            return new BulkOutcome(e.getWriteResult(), e.getWriteErrors());
        }
    }

    @Override
    public UpdateResult updateMany(String collection, Document filter, Document update) {
        return collection(collection).updateMany(filter, update);
    }

    @Override
    public List<Document> aggregate(String collection, List<Document> pipeline) {
        return collection(collection).aggregate(pipeline).into(new ArrayList<>());
    }

    @Override
    public Document findOne(String collection, Document filter) {
        return collection(collection).find(filter).first();
    }

    @Override
    public Document updateAndGet(String collection, Document filter, Document update) {
        return collection(collection).findOneAndUpdate(filter, update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }
}
