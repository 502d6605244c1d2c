package io.maestro.data.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.UpdateResult;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The gateway's Mongo access: schemaless {@link Document}s on the collections {@code DataEntity} allows. */
@Repository
public class EntityStore {

    private static final Document BY_ID = new Document("_id", 1);

    private final MongoTemplate mongo;

    public EntityStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Outcome of an unordered bulk write: what the store did, and the elements it refused. */
    public record BulkOutcome(BulkWriteResult result, List<BulkWriteError> errors) {
    }

    public long count(String collection, Document filter) {
        return collection(collection).countDocuments(filter);
    }

    /** One page, in {@code _id} order so that consecutive pages neither skip nor repeat documents. */
    public List<Document> find(String collection, Document filter, int skip, int limit) {
        return collection(collection).find(filter).sort(BY_ID).skip(skip).limit(limit).into(new ArrayList<>());
    }

    /** Unordered, so that one refused element does not stop the others; refusals come back per element. */
    public BulkOutcome bulkWrite(String collection, List<WriteModel<Document>> writes) {
        try {
            return new BulkOutcome(collection(collection).bulkWrite(writes, new BulkWriteOptions().ordered(false)), List.of());
        } catch (MongoBulkWriteException e) {
            return new BulkOutcome(e.getWriteResult(), e.getWriteErrors());
        }
    }

    public UpdateResult updateMany(String collection, Document filter, Document update) {
        return collection(collection).updateMany(filter, update);
    }

    public List<Document> aggregate(String collection, List<Document> pipeline) {
        return collection(collection).aggregate(pipeline).into(new ArrayList<>());
    }

    public Document findOne(String collection, Document filter) {
        return collection(collection).find(filter).first();
    }

    /** Applies {@code update} to the document matching {@code filter} and returns it as it is afterwards (null if none). */
    public Document updateAndGet(String collection, Document filter, Document update) {
        return collection(collection).findOneAndUpdate(filter, update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }
}
