package io.maestro.data.domain;

import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.result.UpdateResult;
import io.maestro.common.inventory.Inventory;
import io.maestro.common.query.PageTotal;
import io.maestro.data.config.DataProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/** The data gateway's operations (Maestro 0.6 data-app, §5), on the allow-listed collections only. */
@Service
public class InventoryOperations {

    /** States a connection's task may report. */
    public static final Set<String> TASK_STATES = Set.of("danger", "warning", "success");
    private static final Pattern TASK_NAME = Pattern.compile("^[A-Za-z0-9_-]{1,100}$");
    private static final Pattern HEX_24 = Pattern.compile("^[0-9a-fA-F]{24}$");

    private final EntityStore store;
    private final DataProperties properties;
    private final Clock clock;

    public InventoryOperations(EntityStore store, DataProperties properties) {
        this.store = store;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** {@code {found, total_pages, page, limit, items}} of {@code query} ({@code null}, a JSON string or an object). */
    public Map<String, Object> query(DataEntity entity, Object query, Object limitValue, Object pageValue) {
        return query(entity, query, limitValue, pageValue, null);
    }

    /**
     * The same, each item holding only {@code fields} (and {@code _id}) when they are given: a list of field paths,
     * dotted ones too, none inside another.
     */
    public Map<String, Object> query(DataEntity entity, Object query, Object limitValue, Object pageValue,
            Object fieldsValue) {
        List<String> fields = fields(fieldsValue);
        int limit = positive(limitValue, "limit", properties.pageSize());
        if (limit > properties.maxPageSize()) {
            throw DataRequestException.unprocessable("limit must not exceed " + properties.maxPageSize());
        }
        int page = positive(pageValue, "page", 1);
        Document translated = checkedFilter(query);
        long skip = (long) (page - 1) * limit;
        List<Document> items = store.find(entity.collection(), translated, fields, (int) Math.min(skip, Integer.MAX_VALUE),
                limit);
        // discovery's lookups by key fit in one page: no count (a full scan on the embedded store) per loaded chunk
        long found = PageTotal.of(skip, limit, items.size(), () -> store.count(entity.collection(), translated));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("found", found);
        result.put("total_pages", (found + limit - 1) / limit);
        result.put("page", page);
        result.put("limit", limit);
        result.put("items", items);
        return result;
    }

    /**
     * Every record of {@code entity} matching {@code query}, in {@code _id} order, from one store cursor: the query is
     * checked now (a bad one throws before anything is answered), the records are read when {@code forEach} runs.
     */
    public Matches matches(DataEntity entity, Object query) {
        Document translated = checkedFilter(query);
        return action -> store.forEach(entity.collection(), translated, action);
    }

    /** The records of {@link #matches}, read once {@code forEach} is called. */
    @FunctionalInterface
    public interface Matches {
        void forEach(Consumer<Document> action);
    }

    /** {@code query} ({@code null}, a JSON string or an object) checked and translated as 0.6 did. */
    private static Document checkedFilter(Object query) {
        Document filter = query == null ? new Document() : JsonValues.object(query, "query");
        refuseForbidden(filter);
        return LegacyTranslation.filter(filter);
    }

    /** Bulk upsert of {@code {body: [...]}}: the Mongo bulk result of §5 plus the ids given to plain inserts. */
    public Map<String, Object> bulkUpsert(DataEntity entity, Document request) {
        if (!request.containsKey("body")) {
            throw DataRequestException.badRequest("body is required: {\"body\": [ ... ]}");
        }
        List<Object> body = JsonValues.array(request.get("body"), "body");
        if (body.size() > properties.maxBulkElements()) {
            throw DataRequestException.tooLarge("body has " + body.size() + " elements; at most "
                    + properties.maxBulkElements() + " per request");
        }
        BulkPlan plan = BulkPlan.of(body, Date.from(clock.instant()));
        if (plan.writes().isEmpty()) {
            return bulkResult(null, List.of(), plan);
        }
        EntityStore.BulkOutcome outcome = store.bulkWrite(entity.collection(), plan.writes());
        return bulkResult(outcome.result(), outcome.errors(), plan);
    }

    /** {@code {items}} of an aggregation that starts with the owner's {@code $match}. */
    public Map<String, Object> aggregate(Document request) {
        DataEntity entity = DataEntity.require(requiredString(request, "entity"), DataEntity.Route.AGGREGATE);
        if (request.get("pipeline") == null) {
            throw DataRequestException.badRequest("pipeline is required");
        }
        List<Object> pipeline = JsonValues.array(request.get("pipeline"), "pipeline");
        PipelineRules.validate(pipeline);
        List<Document> stages = new ArrayList<>(pipeline.size());
        pipeline.forEach(stage -> stages.add((Document) LegacyTranslation.value(null, stage)));
        return Map.of("items", store.aggregate(entity.collection(), stages));
    }

    /** {@code updateMany(query, body)}: {@code {results: {matched, modified}}}. */
    public Map<String, Object> sync(Document request) {
        DataEntity entity = DataEntity.require(requiredString(request, "entity"), DataEntity.Route.SYNC);
        if (request.get("query") == null || request.get("body") == null) {
            throw DataRequestException.badRequest("query and body are required");
        }
        Document query = JsonValues.object(request.get("query"), "query");
        Document body = JsonValues.object(request.get("body"), "body");
        if (query.isEmpty()) {
            throw DataRequestException.unprocessable("query must not be empty (a sync never updates a whole collection)");
        }
        if (body.isEmpty()) {
            throw DataRequestException.unprocessable("body must not be empty");
        }
        refuseForbidden(query);
        refuseForbidden(body);
        Document update;
        try {
            update = UpdateDocuments.build((Document) LegacyTranslation.value(null, body), false);
            UpdateDocuments.checkPaths(update);
        } catch (IllegalArgumentException e) {
            throw DataRequestException.unprocessable("body: " + e.getMessage());
        }
        UpdateResult result = store.updateMany(entity.collection(), LegacyTranslation.filter(query), update);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("matched", result.getMatchedCount());
        counts.put("modified", result.getModifiedCount());
        return Map.of("results", counts);
    }

    /** A connection document by id. */
    public Document connection(String id) {
        Document connection = store.findOne(Inventory.CONNECTIONS.collection(), new Document("_id", objectId(id)));
        if (connection == null) {
            throw DataRequestException.notFound();
        }
        return connection;
    }

    /** Records a task's state on a connection: {@code process.<task> = {state, msg, updated_at}}; the updated document. */
    public Document markConnection(String id, Document request) {
        ObjectId connectionId = objectId(id);
        String status = requiredString(request, "status");
        if (!TASK_STATES.contains(status)) {
            throw DataRequestException.unprocessable("status must be one of " + String.join(", ", TASK_STATES.stream().sorted().toList()));
        }
        String task = requiredString(request, "task");
        if (!TASK_NAME.matcher(task).matches()) {
            throw DataRequestException.unprocessable("task must be a task name such as server-list (letters, digits, - and _)");
        }
        Object msg = request.get("msg");
        if (msg != null && !(msg instanceof String)) {
            throw DataRequestException.unprocessable("msg must be a string");
        }
        Date now = Date.from(clock.instant());
        Document state = new Document("state", status).append("msg", msg == null ? "" : msg).append("updated_at", now);
        Document updated = store.updateAndGet(Inventory.CONNECTIONS.collection(), new Document("_id", connectionId),
                new Document("$set", new Document("process." + task, state)));
        if (updated == null) {
            throw DataRequestException.notFound();
        }
        return updated;
    }

    private static Map<String, Object> bulkResult(BulkWriteResult result, List<BulkWriteError> errors,
            BulkPlan plan) {
        Set<Integer> refused = new HashSet<>();
        List<Map<String, Object>> writeErrors = new ArrayList<>();
        for (BulkWriteError error : errors) {
            refused.add(error.getIndex());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", error.getIndex());
            entry.put("code", error.getCode());
            entry.put("errmsg", error.getMessage());
            writeErrors.add(entry);
        }
        List<Map<String, Object>> upserted = new ArrayList<>();
        if (result != null) {
            result.getUpserts().forEach(upsert -> upserted.add(indexed(upsert.getIndex(), upsert.getId())));
        }
        List<Map<String, Object>> inserted = new ArrayList<>();
        for (int index = 0; index < plan.insertedIds().size(); index++) {
            ObjectId id = plan.insertedIds().get(index);
            if (id != null && !refused.contains(index)) {
                inserted.add(indexed(index, id));
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        // Counted from the plan: the embedded store also counts inserts it refused with a write error.
        answer.put("nInserted", inserted.size());
        answer.put("nUpserted", upserted.size());
        answer.put("nMatched", result == null ? 0 : result.getMatchedCount());
        answer.put("nModified", result == null ? 0 : result.getModifiedCount());
        answer.put("nRemoved", result == null ? 0 : result.getDeletedCount());
        answer.put("upserted", upserted);
        answer.put("inserted", inserted);
        answer.put("writeErrors", writeErrors);
        return answer;
    }

    private static Map<String, Object> indexed(int index, Object id) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("index", index);
        entry.put("_id", id instanceof BsonObjectId bsonId ? bsonId.getValue() : id);
        return entry;
    }

    private static void refuseForbidden(Object value) {
        Optional<String> forbidden = Operators.findForbidden(value);
        if (forbidden.isPresent()) {
            throw DataRequestException.unprocessable("operator " + forbidden.get() + " is not allowed");
        }
    }

    private static String requiredString(Document request, String field) {
        if (!(request.get(field) instanceof String value) || value.isBlank()) {
            throw DataRequestException.badRequest(field + " is required (a string)");
        }
        return value;
    }

    private static ObjectId objectId(String id) {
        if (id == null || !HEX_24.matcher(id).matches()) {
            throw DataRequestException.notFound();
        }
        return new ObjectId(id);
    }

    /** A positive integer given as a number or a numeric string; {@code fallback} when absent. */
    /** The paths of a projection, or null for whole documents; a path inside another would be a store error. */
    private static List<String> fields(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw DataRequestException.badRequest("fields must be a non-empty list of field paths");
        }
        List<String> paths = new ArrayList<>();
        for (Object path : list) {
            if (!(path instanceof String text) || text.isEmpty() || text.startsWith("$") || text.startsWith(".")
                    || text.endsWith(".") || text.contains("..")) {
                throw DataRequestException.badRequest("fields must be a non-empty list of field paths: " + path);
            }
            for (String other : paths) {
                if (other.equals(text) || other.startsWith(text + ".") || text.startsWith(other + ".")) {
                    throw DataRequestException.badRequest("fields: " + other + " and " + text + " overlap");
                }
            }
            paths.add(text);
        }
        return paths;
    }

    private static int positive(Object value, String name, int fallback) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            return fallback;
        }
        long parsed;
        if (value instanceof Integer || value instanceof Long) {
            parsed = ((Number) value).longValue();
        } else if (value instanceof String text && text.trim().matches("\\d{1,10}")) {
            parsed = Long.parseLong(text.trim());
        } else {
            throw DataRequestException.badRequest(name + " must be a positive integer");
        }
        if (parsed < 1 || parsed > Integer.MAX_VALUE) {
            throw DataRequestException.badRequest(name + " must be a positive integer");
        }
        return (int) parsed;
    }
}
