package io.maestro.audit.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.maestro.audit.domain.AuditStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * index each message scans the collection (the embedded store uses only unique indexes). A document's rows in
     * history order: its history pages, and the neighbours of a change that arrived late (MongoDB only; the embedded
     * store ignores non-unique indexes). The id of a row's change, unique: a copy of a change is recorded once; sparse,
     * as rows of the HTTP routes and of earlier versions have none. Snapshots by document id alone: a chunk's snapshots
     * are read with one {@code entity_id: {$in: ...}}, which the embedded store answers from an ordered index but not
     * from the compound unique one.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void ensureIndexes() {
        try {
            collection(SNAPSHOTS).createIndex(new Document("entity", 1).append("entity_id", 1),
                    new IndexOptions().name("snapshots_entity_id").unique(true));
        } catch (MongoException e) {
            // Duplicates left by an older version: history still works, each message only slower.
            LOG.warn("Could not create the {entity, entity_id} index on snapshots: {}", e.getMessage());
        }
        collection(SNAPSHOTS).createIndex(new Document("entity_id", 1), new IndexOptions().name("snapshots_by_id"));
        collection(ROWS).createIndex(new Document("entity", 1).append("entity_id", 1).append("created_at", 1).append("_id", 1),
                new IndexOptions().name("audits_entity_id_created_at"));
        collection(ROWS).createIndex(new Document(CHANGE_ID, 1),
                new IndexOptions().name("audits_change_id").unique(true).sparse(true));
    }

    @Override
    public Map<ObjectId, Snapshot> snapshots(String entity, Collection<ObjectId> entityIds) {
        Map<ObjectId, Snapshot> snapshots = new HashMap<>();
        if (entityIds.isEmpty()) {
            return snapshots;
        }
        Document query = new Document("entity", entity).append("entity_id", new Document("$in", List.copyOf(entityIds)));
        for (Document stored : collection(SNAPSHOTS).find(query)) {
            Document body = stored.get("body", Document.class);
            snapshots.put(stored.getObjectId("entity_id"), new Snapshot(
                    stored.containsKey(StoredKeys.MARKER) && body != null ? StoredKeys.unescaped(body) : body,
                    stored.getDate("changed_at"), stored.getString("user"), stored.get("team", Document.class)));
        }
        return snapshots;
    }

    @Override
    public void replaceSnapshots(String entity, Map<ObjectId, Snapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        snapshots.forEach((entityId, snapshot) -> {
            Document stored = new Document("entity", entity).append("entity_id", entityId)
                    .append("body", StoredKeys.escaped(snapshot.body())).append(StoredKeys.MARKER, true)
                    .append("changed_at", snapshot.changedAt()).append("user", snapshot.user());
            if (snapshot.team() != null) {
                stored.append("team", snapshot.team());
            }
            writes.add(new ReplaceOneModel<>(ofDocument(entity, entityId), stored, new ReplaceOptions().upsert(true)));
        });
        collection(SNAPSHOTS).bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    @Override
    public boolean insertRow(Document row) {
        try {
            collection(ROWS).insertOne(stored(row));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public InsertedRows insertRows(List<Document> rows) {
        Set<ObjectId> alreadyStored = new HashSet<>();
        Set<ObjectId> refused = new HashSet<>();
        List<String> refusals = new ArrayList<>();
        if (rows.isEmpty()) {
            return new InsertedRows(alreadyStored, refused, refusals);
        }
        try {
            collection(ROWS).insertMany(rows.stream().map(MongoAuditStore::stored).toList(),
                    new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            for (BulkWriteError error : e.getWriteErrors()) {
                ObjectId rowId = rows.get(error.getIndex()).getObjectId("_id");
                if (ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                    alreadyStored.add(rowId);
                } else {
                    refused.add(rowId);
                    refusals.add("row " + rowId + ": " + error.getMessage());
                }
            }
        }
        return new InsertedRows(alreadyStored, refused, refusals);
    }

    /** {@code row} as stored: its body and state escaped. */
    private static Document stored(Document row) {
        Document stored = new Document(row);
        escapeChanges(stored, row.get("body", Document.class), row.get("state", Document.class));
        return stored;
    }

    @Override
    public Map<String, Document> rowsOfChanges(Collection<String> changeIds) {
        Map<String, Document> rows = new HashMap<>();
        if (changeIds.isEmpty()) {
            return rows;
        }
        for (Document stored : collection(ROWS).find(new Document(CHANGE_ID, new Document("$in", List.copyOf(changeIds))))) {
            String changeId = stored.getString(CHANGE_ID);
            rows.put(changeId, readable(stored));
        }
        return rows;
    }

    @Override
    public void setRowField(ObjectId rowId, String field, Object value) {
        collection(ROWS).updateOne(Filters.eq("_id", rowId), Updates.set(field, value));
    }

    /** Rewrites what a row says changed and the state after it (the change before it was recorded late). */
    @Override
    public void rewriteRowChanges(ObjectId rowId, Document body, Document state, Date updatedAt) {
        Document changes = new Document("updated_at", updatedAt);
        escapeChanges(changes, body, state);
        collection(ROWS).updateOne(Filters.eq("_id", rowId), new Document("$set", changes));
    }

    @Override
    public void removeRow(ObjectId rowId) {
        collection(ROWS).deleteOne(Filters.eq("_id", rowId));
    }

    /** The last row of a document recorded for a change made at or before {@code at}, with its state. */
    @Override
    public Document lastRowAtOrBefore(String entity, ObjectId entityId, Date at) {
        return readable(collection(ROWS).find(ofDocument(entity, entityId).append("created_at", new Document("$lte", at)))
                .sort(Sorts.descending("created_at", "_id")).first());
    }

    /** The first row of a document recorded for a change made after {@code at}, with its state. */
    @Override
    public Document firstRowAfter(String entity, ObjectId entityId, Date at) {
        return readable(collection(ROWS).find(ofDocument(entity, entityId).append("created_at", new Document("$gt", at)))
                .sort(HISTORY_ORDER).first());
    }

    @Override
    public long countRows(String entity, ObjectId entityId) {
        return collection(ROWS).countDocuments(ofDocument(entity, entityId));
    }

    /** One page of a document's history, without the (large) {@code state} of each row. */
    @Override
    public List<Document> rows(String entity, ObjectId entityId, int skip, int limit) {
        List<Document> rows = new ArrayList<>();
        collection(ROWS).find(ofDocument(entity, entityId)).projection(Projections.exclude("state"))
                .sort(HISTORY_ORDER).skip(skip).limit(limit).forEach(row -> rows.add(readable(row)));
        return rows;
    }

    @Override
    public Document row(String entity, ObjectId entityId, ObjectId rowId) {
        return readable(collection(ROWS).find(Filters.and(ofDocument(entity, entityId), Filters.eq("_id", rowId))).first());
    }

    @Override
    public long removeRowsCreatedBefore(Date cutoff) {
        return collection(ROWS).deleteMany(Filters.lt("created_at", cutoff)).getDeletedCount();
    }

    private static void escapeChanges(Document stored, Document body, Document state) {
        stored.append("body", StoredKeys.escaped(body)).append("state", state == null ? null : StoredKeys.escaped(state))
                .append(StoredKeys.MARKER, true);
    }

    /** A row as it was recorded: keys unescaped, without the marker and the id of its change (0.6's row shape). */
    private static Document readable(Document stored) {
        if (stored != null) {
            stored.remove(CHANGE_ID);
        }
        if (stored == null || stored.remove(StoredKeys.MARKER) == null) {
            return stored;
        }
        stored.put("body", StoredKeys.unescaped(stored.get("body", Document.class)));
        if (stored.get("state") instanceof Document state) {
            stored.put("state", StoredKeys.unescaped(state));
        }
        return stored;
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
