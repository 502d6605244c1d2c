package io.maestro.data.domain;

import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The writes of one bulk upsert ({@code PUT /<entity>}), planned and validated in full before anything is written.
 * Per element: with {@code _id} an upsert by {@code _id}, else with {@code unique_id} an upsert by {@code unique_id},
 * else an insert carrying {@code created_at}. Plain fields are {@code $set} (nulls skipped), {@code $}-keys pass as
 * operators, {@code updated_at} is always now, {@code created_at} is set when an upsert inserts.
 *
 * @param writes one model per element, in element order
 * @param insertedIds the ids given to plain inserts, by element index ({@code null} for upserts)
 */
public record BulkPlan(List<WriteModel<Document>> writes, List<ObjectId> insertedIds) {

    /** How many element problems one 422 answer names before it stops listing. */
    private static final int REPORTED_PROBLEMS = 20;

    public static BulkPlan of(List<Object> body, Date now) {
        List<WriteModel<Document>> writes = new ArrayList<>(body.size());
        List<ObjectId> insertedIds = new ArrayList<>(body.size());
        List<String> problems = new ArrayList<>();
        for (int index = 0; index < body.size(); index++) {
            try {
                ObjectId insertedId = plan(body.get(index), now, writes);
                insertedIds.add(insertedId);
            } catch (IllegalArgumentException e) {
                problems.add("body[" + index + "]: " + e.getMessage());
                if (problems.size() == REPORTED_PROBLEMS) {
                    problems.add("...");
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw DataRequestException.unprocessable("Nothing was written: " + String.join("; ", problems));
        }
        return new BulkPlan(writes, insertedIds);
    }

    /** Adds the element's write to {@code writes}; returns the new id when it is a plain insert. */
    private static ObjectId plan(Object element, Date now, List<WriteModel<Document>> writes) {
        if (!(element instanceof Document raw)) {
            throw new IllegalArgumentException("must be an object");
        }
        Optional<String> forbidden = Operators.findForbidden(raw);
        if (forbidden.isPresent()) {
            throw new IllegalArgumentException("operator " + forbidden.get() + " is not allowed");
        }
        Document fields = (Document) LegacyTranslation.value(null, raw);
        Object id = fields.remove("_id");
        fields.remove("updated_at");
        Document filter = identity(id, fields.get("unique_id"));
        if (filter == null) {
            Document document = insertion(fields, now);
            writes.add(new InsertOneModel<>(document));
            return document.getObjectId("_id");
        }
        Document update = UpdateDocuments.build(fields, true);
        update.computeIfAbsent("$set", key -> new Document());
        update.get("$set", Document.class).put("updated_at", now);
        if (!UpdateDocuments.touches(update, "created_at")) {
            update.computeIfAbsent("$setOnInsert", key -> new Document());
            update.get("$setOnInsert", Document.class).put("created_at", now);
        }
        UpdateDocuments.checkPaths(update);
        writes.add(new UpdateOneModel<>(filter, update, new UpdateOptions().upsert(true)));
        return null;
    }

    private static Document identity(Object id, Object uniqueId) {
        if (id != null) {
            if (!(id instanceof ObjectId)) {
                throw new IllegalArgumentException("_id must be a 24-hex ObjectId");
            }
            return new Document("_id", id);
        }
        if (uniqueId != null) {
            if (uniqueId instanceof Document || uniqueId instanceof List<?>) {
                throw new IllegalArgumentException("unique_id must be a string or a number");
            }
            return new Document("unique_id", uniqueId);
        }
        return null;
    }

    private static Document insertion(Document fields, Date now) {
        Document document = new Document("_id", new ObjectId());
        document.put("created_at", now);
        fields.forEach((key, value) -> {
            if (key.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a field name holds a NUL character");
            }
            if (key.startsWith("$")) {
                throw new IllegalArgumentException("update operator " + key + " needs _id or unique_id to find its document");
            }
            Operators.findUnstorableKey(value).ifPresent(operator -> {
                throw new IllegalArgumentException("field " + key + " holds the key " + operator);
            });
            if (value != null) {
                document.put(key, value);
            }
        });
        document.put("updated_at", now);
        return document;
    }
}
