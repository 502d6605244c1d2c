package io.maestro.audit.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * The history of every change (Maestro 0.6 audit-app §9). Each change is diffed against the document's snapshot
 * (its last known full body); a non-empty diff becomes a history row that also keeps the full document as it was
 * after the change ({@code state}), so any version can be read back, compared or restored.
 */
@Service
public class AuditRecorder {

    public static final String DEFAULT_USER = "MaestroServer";
    public static final int DEFAULT_PAGE_SIZE = 20000;

    private static final Pattern ENTITY_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]{0,63}$");
    private static final Pattern HEX_24 = Pattern.compile("^[0-9a-fA-F]{24}$");
    private static final int MAX_USER_LENGTH = 320;

    private final AuditStore store;
    private final NamePropagation propagation;
    private final Clock clock = Clock.systemUTC();

    public AuditRecorder(AuditStore store, NamePropagation propagation) {
        this.store = store;
        this.propagation = propagation;
    }

    /**
     * Records one change: writes the history row (if the change changed anything), replaces the snapshot, and for
     * updates and patches rewrites the denormalised copies of watched names. Returns the row written, carrying
     * {@code propagation} outcomes when copies were synced.
     */
    public Optional<Document> record(AuditCommand command) {
        String entity = entityName(command.entity());
        ObjectId entityId = objectId(command.entityId(), "id");
        String user = userName(command.user());
        Document snapshot = store.snapshot(entity, entityId);
        Document before = snapshot == null ? null : snapshot.get("body", Document.class);
        Document base = before == null ? new Document() : before;
        Document changes;
        Document state;
        switch (command.change()) {
            case CREATE -> {
                state = documentBody(command.body());
                changes = DeepDiff.diff(new Document(), state);
            }
            case UPDATE -> {
                state = documentBody(command.body());
                changes = DeepDiff.diff(base, state);
            }
            case PATCH -> {
                Document patch = documentBody(command.body());
                changes = DeepDiff.rightHand(patch, base);
                state = new Document(base);
                state.putAll(patch);
            }
            case DELETE -> {
                changes = new Document("removed", true);
                state = before;
            }
            default -> throw new IllegalStateException("Unknown change " + command.change());
        }
        Optional<Document> row = Optional.empty();
        if (!changes.isEmpty()) {
            Date now = Date.from(clock.instant());
            Document written = new Document("_id", new ObjectId()).append("entity", entity).append("entity_id", entityId)
                    .append("user", user).append("body", changes).append("state", state)
                    .append("created_at", now).append("updated_at", now).append("active", true);
            if (command.team() != null) {
                written.append("team", new Document("_id", objectId(command.team().id(), "team"))
                        .append("name", command.team().name()));
            }
            store.insertRow(written);
            row = Optional.of(written);
        }
        if (command.change() != AuditCommand.Change.DELETE) {
            store.replaceSnapshot(entity, entityId, state);
        }
        if (row.isPresent() && (command.change() == AuditCommand.Change.UPDATE || command.change() == AuditCommand.Change.PATCH)) {
            List<Document> outcomes = propagation.propagate(entity, entityId.toHexString(), changes, state);
            if (!outcomes.isEmpty()) {
                store.setRowField(row.get().getObjectId("_id"), "propagation", outcomes);
                row.get().put("propagation", outcomes);
            }
        }
        return row;
    }

    /** {@code {found, limit, total_pages, current_page, items}}: the document's rows, oldest first, without states. */
    public Map<String, Object> history(String entity, String entityId, Integer limit, Integer page) {
        String name = entityName(entity);
        ObjectId id = objectId(entityId, "id");
        int size = limit == null ? DEFAULT_PAGE_SIZE : limit;
        int current = page == null ? 1 : page;
        if (size < 1 || size > DEFAULT_PAGE_SIZE) {
            throw AuditRequestException.invalid("limit must be between 1 and " + DEFAULT_PAGE_SIZE);
        }
        if (current < 1) {
            throw AuditRequestException.invalid("page must be 1 or more");
        }
        long found = store.countRows(name, id);
        long pages = (found + size - 1) / size;
        if (found > 0 && current > pages) {
            throw AuditRequestException.notFound("Data not found");
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("found", found);
        list.put("limit", size);
        list.put("total_pages", pages);
        list.put("current_page", current);
        list.put("items", found == 0 ? List.of() : store.rows(name, id, (current - 1) * size, size));
        return list;
    }

    /** One history row, with {@code state}: the document as it was after that change. */
    public Document row(String entity, String entityId, String rowId) {
        Document row = store.row(entityName(entity), objectId(entityId, "id"), objectId(rowId, "row id"));
        if (row == null) {
            throw AuditRequestException.notFound("Audit row " + rowId + " not found for " + entity + " " + entityId);
        }
        return row;
    }

    /** {@code {from, to, body}}: what changed between the states after rows {@code from} and {@code to} ({@link DeepDiff#diff}). */
    public Map<String, Object> diff(String entity, String entityId, String fromRowId, String toRowId) {
        Document from = row(entity, entityId, fromRowId);
        Document to = row(entity, entityId, toRowId);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", from.getObjectId("_id"));
        answer.put("to", to.getObjectId("_id"));
        answer.put("body", DeepDiff.diff(state(from), state(to)));
        return answer;
    }

    private static Document state(Document row) {
        if (!row.containsKey("state")) {
            throw AuditRequestException.invalid("Audit row " + row.getObjectId("_id").toHexString()
                    + " was recorded without the document's state (Maestro 0.6 row)");
        }
        Document state = row.get("state", Document.class);
        return state == null ? new Document() : state;
    }

    private static String entityName(String entity) {
        if (entity == null || !ENTITY_NAME.matcher(entity).matches()) {
            throw AuditRequestException.invalid("entity must be a name such as servers or applications");
        }
        return entity;
    }

    private static String userName(String user) {
        if (user == null || user.isBlank()) {
            return DEFAULT_USER;
        }
        if (user.length() > MAX_USER_LENGTH) {
            throw AuditRequestException.invalid("user must be at most " + MAX_USER_LENGTH + " characters");
        }
        return user;
    }

    private static ObjectId objectId(String value, String what) {
        if (value == null || !HEX_24.matcher(value).matches()) {
            throw AuditRequestException.invalid(what + " must be a 24-hex ObjectId");
        }
        return new ObjectId(value);
    }

    /** The audited body as a storable document; keys the store cannot hold ({@code $...}, dotted) are refused. */
    private static Document documentBody(Map<String, Object> body) {
        if (body == null) {
            throw AuditRequestException.invalid("body must be a JSON object");
        }
        return (Document) storable(body, "body");
    }

    private static Object storable(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            Document document = new Document();
            map.forEach((key, item) -> {
                String name = String.valueOf(key);
                if (name.startsWith("$") || name.contains(".")) {
                    throw AuditRequestException.invalid(path + " has the key '" + name
                            + "'; keys may not start with $ or contain a dot");
                }
                document.put(name, storable(item, path + "." + name));
            });
            return document;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (int index = 0; index < list.size(); index++) {
                items.add(storable(list.get(index), path + "[" + index + "]"));
            }
            return items;
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : new Decimal128(new BigDecimal(big));
        }
        if (value instanceof BigDecimal decimal) {
            return new Decimal128(decimal);
        }
        return value;
    }
}
