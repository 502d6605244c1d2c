package io.maestro.audit.store;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.maestro.audit.domain.AuditStore;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** {@link AuditStore} on Mongo. */
@Repository
public class MongoAuditStore implements AuditStore {

    static final String ROWS = "audits";
    static final String SNAPSHOTS = "snapshots";

    /** Oldest first; rows written in the same millisecond keep their insertion order. */
    private static final Bson HISTORY_ORDER = Sorts.ascending("created_at", "_id");

    private static final Logger LOG = LoggerFactory.getLogger(MongoAuditStore.class);

    private final MongoTemplate mongo;

    public MongoAuditStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One snapshot per document: every audit message reads and replaces its document's snapshot, so without the
     * index each message scans the collection (the embedded store uses only unique indexes).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void ensureSnapshotIndex() {
        try {
            collection(SNAPSHOTS).createIndex(new Document("entity", 1).append("entity_id", 1),
                    new IndexOptions().name("snapshots_entity_id").unique(true));
        } catch (MongoException e) {
            // Duplicates left by an older version: history still works, each message only slower.
            LOG.warn("Could not create the {entity, entity_id} index on snapshots: {}", e.getMessage());
        }
    }

    @Override
    public Document snapshot(String entity, ObjectId entityId) {
        return collection(SNAPSHOTS).find(ofDocument(entity, entityId)).first();
    }

    @Override
    public void replaceSnapshot(String entity, ObjectId entityId, Document body) {
        collection(SNAPSHOTS).replaceOne(ofDocument(entity, entityId),
                new Document("entity", entity).append("entity_id", entityId).append("body", body),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void insertRow(Document row) {
        collection(ROWS).insertOne(row);
    }

    @Override
    public void setRowField(ObjectId rowId, String field, Object value) {
        collection(ROWS).updateOne(Filters.eq("_id", rowId), Updates.set(field, value));
    }

    @Override
    public long countRows(String entity, ObjectId entityId) {
        return collection(ROWS).countDocuments(ofDocument(entity, entityId));
    }

    @Override
    public List<Document> rows(String entity, ObjectId entityId, int skip, int limit) {
        return collection(ROWS).find(ofDocument(entity, entityId)).projection(Projections.exclude("state"))
                .sort(HISTORY_ORDER).skip(skip).limit(limit).into(new ArrayList<>());
    }

    @Override
    public Document row(String entity, ObjectId entityId, ObjectId rowId) {
        return collection(ROWS).find(Filters.and(ofDocument(entity, entityId), Filters.eq("_id", rowId))).first();
    }

    @Override
    public long removeRowsCreatedBefore(Date cutoff) {
        return collection(ROWS).deleteMany(Filters.lt("created_at", cutoff)).getDeletedCount();
    }

    /**
     * A plain filter on exactly the snapshot index's fields: the embedded store uses an index only for such a filter
     * (not for the {@code $and} that {@code Filters.and} writes).
     */
    private static Document ofDocument(String entity, ObjectId entityId) {
        return new Document("entity", entity).append("entity_id", entityId);
    }

    private MongoCollection<Document> collection(String name) {
        return mongo.getCollection(name);
    }
}
