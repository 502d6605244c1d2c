package io.maestro.audit.domain;

import io.maestro.common.audit.Change;
import io.maestro.common.messaging.StripedLocks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

/**
 * The history of every change (Maestro 0.6 audit-app §9). Each change is diffed against the document's snapshot
 * (its last known full body); a non-empty diff becomes a history row that also keeps the full document as it was
 * after the change ({@code state}), so any version can be read back, compared or restored.
 *
 * <p>Several queue consumers record at once, so changes of one document can arrive out of order. They are ordered by
 * when the writing service made them ({@code created_at} of the row, {@code changed_at} of the snapshot), and
 * recorded one at a time per document. A change older than the snapshot's last one arrived late: its row goes where it
 * belongs, diffed against the row before it, and the row after it is diffed again against it; the snapshot, already
 * newer, stays.
 *
 * <p>A change sent with an id (every queue message) is recorded once whatever the number of its copies: its row
 * carries the id under a unique index, and a copy whose row is stored only completes what its first copy may have left
 * undone when audit-app was killed between the row and the acknowledgement.
 */
@Service
public class AuditRecorder {

    public static final String DEFAULT_USER = "MaestroServer";
    public static final int DEFAULT_PAGE_SIZE = 20000;

    private static final Pattern ENTITY_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]{0,63}$");
    private static final Pattern HEX_24 = Pattern.compile("^[0-9a-fA-F]{24}$");
    private static final int MAX_USER_LENGTH = 320;
    /** The row's kind of change ({@code create}, {@code update}, {@code patch}, {@code delete}): how to diff it again. */
    private static final String CHANGE = "change";

    private final AuditStore store;
    private final NamePropagation propagation;
    private final Clock clock = Clock.systemUTC();
    private final StripedLocks documentLocks = new StripedLocks(1024);

    public AuditRecorder(AuditStore store, NamePropagation propagation) {
        this.store = store;
        this.propagation = propagation;
    }

    /** Who made a change: the user and, for a team-mirror write, the team as {@code {_id, name}}. */
    private record Author(String user, Document team) {
    }

    /** What a change did to a document: the row's diff and the document after it. */
    private record Outcome(Document changes, Document state) {
    }

    /** A change checked and in the shapes it is stored in. */
    private record Prepared(String entity, ObjectId entityId, Change change, Document body, Date changedAt,
            Author author, boolean mayBeRecorded, String changeId) {

        /** The key of the document's lock. */
        List<Object> document() {
            return List.of(entity, entityId);
        }
    }

    /** A change recorded in order, whose row (if any) and snapshot are written with the others of its chunk. */
    private record InOrder(Prepared change, Outcome outcome, Document row) {
    }

    /**
     * Records one change: writes the history row (if the change changed anything), replaces the snapshot, and for
     * updates and patches rewrites the denormalised copies of watched names. Returns the row written, carrying
     * {@code propagation} outcomes when copies were synced.
     */
    public Optional<Document> record(AuditCommand command) {
        Prepared change = prepared(command);
        Lock lock = documentLocks.of(change.document());
        lock.lock();
        try {
            return Optional.ofNullable(recordAll(change.entity(), List.of(change)).get(0));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records many changes as {@link #record} would one after the other, in the order they were made (by
     * {@code changedAt}, those of one time in the order given), with one store call for each step where one by one
     * took one a change: per entity, a read of their snapshots, a read of the rows already recorded for their ids, an
     * unordered insert of the new rows (those another audit-app inserted meanwhile left to it) and a write of their
     * snapshots. A document changed several times is recorded in as many rounds, its first change in the first round
     * and so on, so each change is diffed against the one before it. Every change is checked before any is recorded;
     * a change the store refuses fails the call once the others of its round are recorded.
     */
    public void recordBatch(List<AuditCommand> commands) {
        List<Prepared> changes = commands.stream().map(this::prepared)
                .sorted(Comparator.comparing(Prepared::changedAt)).toList();
        Map<List<Object>, Integer> changesOfDocument = new HashMap<>();
        Map<String, List<List<Prepared>>> roundsOfEntity = new LinkedHashMap<>();
        for (Prepared change : changes) {
            int round = changesOfDocument.merge(change.document(), 1, Integer::sum) - 1;
            List<List<Prepared>> rounds = roundsOfEntity.computeIfAbsent(change.entity(), entity -> new ArrayList<>());
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(change);
        }
        roundsOfEntity.forEach((entity, rounds) -> rounds.forEach(round -> {
            List<Lock> locks = documentLocks.ofAll(round.stream().map(Prepared::document).toList());
            locks.forEach(Lock::lock);
            try {
                recordAll(entity, round);
            } finally {
                locks.forEach(Lock::unlock);
            }
        }));
    }

    private Prepared prepared(AuditCommand command) {
        Author author = new Author(userName(command.user()), command.team() == null ? null
                : new Document("_id", objectId(command.team().id(), "team")).append("name", command.team().name()));
        Document body = command.change() == Change.DELETE ? removedBody(command.body())
                : documentBody(command.body());
        return new Prepared(entityName(command.entity()), objectId(command.entityId(), "id"), command.change(), body,
                Date.from(command.changedAt() == null ? clock.instant() : command.changedAt()), author,
                command.mayBeRecorded(), command.changeId());
    }

    /**
     * Records changes of distinct documents of {@code entity}, whose locks the caller holds; answers the row written
     * for each change, {@code null} where none was. A change whose row is stored already, or that arrived late, is
     * recorded on its own (both are rare); the others share each store call.
     */
    private List<Document> recordAll(String entity, List<Prepared> changes) {
        Map<ObjectId, AuditStore.Snapshot> snapshots = store.snapshots(entity,
                changes.stream().map(Prepared::entityId).toList());
        Map<String, Document> recordedRows = store.rowsOfChanges(
                changes.stream().map(Prepared::changeId).filter(Objects::nonNull).toList());
        Map<Prepared, Document> written = new IdentityHashMap<>();
        List<InOrder> inOrder = new ArrayList<>();
        for (Prepared change : changes) {
            AuditStore.Snapshot snapshot = snapshots.get(change.entityId());
            Document recorded = change.changeId() == null ? null : recordedRows.get(change.changeId());
            if (recorded != null) {
                completeRecorded(entity, change.entityId(), recorded, snapshot);
            } else if (alreadyHeld(change, snapshot)) {
                // recorded before under another message (the chunk was loaded again): nothing to add
            } else if (snapshot != null && snapshot.changedAt() != null && change.changedAt().before(snapshot.changedAt())) {
                recordLate(entity, change.entityId(), change.change(), change.body(), change.changedAt(),
                        change.author(), snapshot, change.changeId()).ifPresent(row -> written.put(change, row));
            } else {
                Outcome outcome = apply(change.change(), change.body(), snapshot == null ? null : snapshot.body());
                inOrder.add(new InOrder(change, outcome, outcome.changes().isEmpty() ? null
                        : newRow(entity, change.entityId(), change.change(), outcome, change.changedAt(),
                                change.author(), change.changeId())));
            }
        }
        // a row another audit-app inserted since it was looked for: that one completes its change; a row the store
        // refused: its change is not recorded, and the others are completed before the refusal is reported
        AuditStore.InsertedRows inserted = store.insertRows(
                inOrder.stream().map(InOrder::row).filter(Objects::nonNull).toList());
        Set<ObjectId> notWritten = new HashSet<>(inserted.alreadyStored());
        notWritten.addAll(inserted.refused());
        List<InOrder> toComplete = inOrder.stream()
                .filter(change -> change.row() == null || !notWritten.contains(change.row().getObjectId("_id")))
                .toList();
        Map<ObjectId, AuditStore.Snapshot> after = new LinkedHashMap<>();
        for (InOrder change : toComplete) {
            if (change.outcome().state() != null) {
                after.put(change.change().entityId(), snapshotAfter(change.change().changedAt(),
                        change.change().author(), change.outcome()));
            }
        }
        store.replaceSnapshots(entity, after);
        for (InOrder change : toComplete) {
            propagate(entity, change.change().entityId(), change.change().change(), change.outcome(), change.row());
            if (change.row() != null) {
                written.put(change.change(), change.row());
            }
        }
        if (!inserted.refusals().isEmpty()) {
            throw AuditRequestException.invalid("The store refused the change: " + String.join("; ", inserted.refusals()));
        }
        List<Document> rows = new ArrayList<>(changes.size());
        changes.forEach(change -> rows.add(written.get(change)));
        return rows;
    }

    /** A change that may have been recorded already whose body the document's snapshot holds. */
    private static boolean alreadyHeld(Prepared change, AuditStore.Snapshot snapshot) {
        return change.mayBeRecorded() && snapshot != null && change.body() != null
                && DeepDiff.diff(snapshot.body(), change.body()).isEmpty();
    }

    /**
     * What follows the row (if any) of the latest change of a document: the snapshot becomes the state after it, and
     * an update or patch rewrites the copies of the names it changed.
     */
    private void completeInOrder(String entity, ObjectId entityId, Change change, Outcome outcome, Date changedAt,
            Author author, Document row) {
        if (outcome.state() != null) {
            store.replaceSnapshots(entity, Map.of(entityId, snapshotAfter(changedAt, author, outcome)));
        }
        propagate(entity, entityId, change, outcome, row);
    }

    private static AuditStore.Snapshot snapshotAfter(Date changedAt, Author author, Outcome outcome) {
        return new AuditStore.Snapshot(outcome.state(), changedAt, author.user(), author.team());
    }

    /** An update or patch that wrote a row rewrites the copies of the names it changed; the row keeps the outcomes. */
    private void propagate(String entity, ObjectId entityId, Change change, Outcome outcome, Document row) {
        if (row != null && (change == Change.UPDATE || change == Change.PATCH)) {
            List<Document> outcomes = propagation.propagate(entity, entityId.toHexString(), outcome.changes(), outcome.state());
            if (!outcomes.isEmpty()) {
                store.setRowField(row.getObjectId("_id"), "propagation", outcomes);
                row.put("propagation", outcomes);
            }
        }
    }

    /**
     * Another copy of a change whose row is stored. Its first copy was recorded whole, or stopped after the row
     * (audit-app killed before the acknowledgement): then the snapshot is older than the row, and what followed the
     * row is done now. A change recorded late (older than the snapshot) is left as it is: a kill between its row and
     * the rediff of the row after it leaves that row's diff as it was.
     */
    private void completeRecorded(String entity, ObjectId entityId, Document row, AuditStore.Snapshot snapshot) {
        Date changedAt = row.getDate("created_at");
        if (snapshot != null && snapshot.changedAt() != null && !snapshot.changedAt().before(changedAt)) {
            return;
        }
        completeInOrder(entity, entityId, Change.ofRowName(row.getString(CHANGE)),
                new Outcome(row.get("body", Document.class), row.get("state", Document.class)), changedAt,
                new Author(row.getString("user"), row.get("team", Document.class)), row);
    }

    /**
     * A change made before the snapshot's last one. Nothing is propagated: the change recorded before it was diffed
     * against an older body, so its row already carried (and propagated) this change's fields.
     */
    private Optional<Document> recordLate(String entity, ObjectId entityId, Change change, Document body,
            Date changedAt, Author author, AuditStore.Snapshot snapshot, String changeId) {
        Document previous = store.lastRowAtOrBefore(entity, entityId, changedAt);
        Outcome outcome = apply(change, body, previous == null ? null : previous.get("state", Document.class));
        if (outcome.changes().isEmpty()) {
            // the document as the row before left it: what came after is diffed against the same body as before
            return Optional.empty();
        }
        Document row = newRow(entity, entityId, change, outcome, changedAt, author, changeId);
        if (!store.insertRow(row)) {
            return Optional.empty();
        }
        Document next = store.firstRowAfter(entity, entityId, changedAt);
        if (next != null) {
            diffAgain(next, outcome.state());
        } else if (change != Change.DELETE) {
            // the later changes recorded no row: they had left the document as the row before this one did
            Document back = DeepDiff.diff(outcome.state(), snapshot.body());
            if (!back.isEmpty()) {
                store.insertRow(newRow(entity, entityId, Change.UPDATE, new Outcome(back, snapshot.body()),
                        snapshot.changedAt(), new Author(snapshot.user(), snapshot.team()), null));
            }
        }
        return Optional.of(row);
    }

    /**
     * Diffs {@code row} again against the state of the change recorded late just before it; a row that no longer
     * changes anything goes. Rows without {@code change} or {@code state} (recorded by earlier versions) stay as they are.
     */
    private void diffAgain(Document row, Document previousState) {
        if (!row.containsKey(CHANGE) || !row.containsKey("state")) {
            return;
        }
        Change change = Change.ofRowName(row.getString(CHANGE));
        Document state = row.get("state", Document.class);
        Outcome again = change == Change.DELETE ? apply(change, null, previousState)
                : new Outcome(apply(change, state, previousState).changes(), state);
        if (again.changes().isEmpty()) {
            store.removeRow(row.getObjectId("_id"));
        } else {
            store.rewriteRowChanges(row.getObjectId("_id"), again.changes(), again.state(), Date.from(clock.instant()));
        }
    }

    /**
     * The diff and state of {@code change} made to a document whose body was {@code before} ({@code null}: unknown).
     * A removal's state is the body before it or, when none is known, the body sent with it.
     */
    private static Outcome apply(Change change, Document body, Document before) {
        Document base = before == null ? new Document() : before;
        return switch (change) {
            case CREATE -> new Outcome(DeepDiff.diff(new Document(), body), body);
            case UPDATE -> new Outcome(DeepDiff.diff(base, body), body);
            case PATCH -> {
                Document state = new Document(base);
                state.putAll(body);
                yield new Outcome(DeepDiff.rightHand(body, base), state);
            }
            case DELETE -> new Outcome(new Document("removed", true), before == null ? body : before);
        };
    }

    /** A history row; {@code changeId}, the change's own id, is stored with it but not answered (0.6's row shape). */
    private static Document newRow(String entity, ObjectId entityId, Change change, Outcome outcome,
            Date changedAt, Author author, String changeId) {
        Document row = new Document("_id", new ObjectId()).append("entity", entity).append("entity_id", entityId)
                .append("user", author.user()).append(CHANGE, change.rowName())
                .append("body", outcome.changes()).append("state", outcome.state())
                .append("created_at", changedAt).append("updated_at", changedAt).append("active", true);
        if (author.team() != null) {
            row.append("team", author.team());
        }
        if (changeId != null) {
            row.append(AuditStore.CHANGE_ID, changeId);
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

    /** The audited body as a document; any key is kept (the store escapes those it could not hold, {@code AuditStore}). */
    private static Document documentBody(Map<String, Object> body) {
        if (body == null) {
            throw AuditRequestException.invalid("body must be a JSON object");
        }
        return (Document) storable(body);
    }

    /** The body a removal was reported with, {@code null} when none was (the HTTP route, an empty queue body). */
    private static Document removedBody(Map<String, Object> body) {
        return body == null || body.isEmpty() ? null : documentBody(body);
    }

    private static Object storable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Document document = new Document();
            map.forEach((key, item) -> document.put(String.valueOf(key), storable(item)));
            return document;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(storable(item)));
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
