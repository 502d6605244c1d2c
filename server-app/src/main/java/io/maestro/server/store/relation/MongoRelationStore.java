package io.maestro.server.store.relation;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;
import io.maestro.server.domain.relation.BulkResult;
import io.maestro.server.domain.relation.DocumentUpdate;
import io.maestro.server.domain.relation.RelationStore;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** {@link RelationStore} on Mongo. */
@Repository
public class MongoRelationStore implements RelationStore {

    private final MongoTemplate mongo;

    public MongoRelationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Document> find(String collection, Document filter, Document projection) {
        return collection(collection).find(filter).projection(projection).into(new ArrayList<>());
    }

    @Override
    public BulkResult updateMany(String collection, Document filter, Document update) {
        return updateMany(collection, filter, update, List.of());
    }

    @Override
    public BulkResult updateMany(String collection, Document filter, Document update, List<Document> arrayFilters) {
        UpdateOptions options = arrayFilters.isEmpty() ? new UpdateOptions() : new UpdateOptions().arrayFilters(arrayFilters);
        UpdateResult result = collection(collection).updateMany(filter, update, options);
        return new BulkResult(result.getMatchedCount(), result.getModifiedCount());
    }

    @Override
    public BulkResult updateEach(String collection, List<DocumentUpdate> updates) {
        if (updates.isEmpty()) {
            return new BulkResult(0, 0);
        }
        List<UpdateOneModel<Document>> models = updates.stream()
                .map(change -> new UpdateOneModel<Document>(change.filter(), change.update())).toList();
        BulkWriteResult result = collection(collection).bulkWrite(models);
        return new BulkResult(result.getMatchedCount(), result.getModifiedCount());
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getDb().getCollection(name);
    }
}
