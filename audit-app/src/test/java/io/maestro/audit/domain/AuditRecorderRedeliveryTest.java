package io.maestro.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.maestro.audit.store.MongoAuditStore;
import io.maestro.common.audit.Change;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A change delivered again — a redelivery after audit-app was killed before its acknowledgement, a message published
 * again — is recorded once: its row carries the change's id under a unique index. A kill between the row and the
 * snapshot is played by a store that fails its next snapshot write; the copy delivered after it completes the snapshot
 * and the propagation instead of writing a second row.
 */
class AuditRecorderRedeliveryTest {

    private static MongoClient client;
    private static MongoTemplate mongo;
    private static MongoAuditStore mongoStore;

    /** The calls to data-app's sync the propagation made: {@code [entity, body]}. */
    private final List<List<Object>> syncs = new ArrayList<>();
    private final KillableStore store = new KillableStore(mongoStore);
    private final AuditRecorder recorder = new AuditRecorder(store, new NamePropagation((entity, query, body) -> {
        syncs.add(List.of(entity, body));
        return new InventorySync.SyncCounts(1, 1);
    }));

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MaestroTestEnvironment.mongoUri());
        mongo = new MongoTemplate(client, "audit-redelivery-test-" + UUID.randomUUID());
        mongoStore = new MongoAuditStore(mongo);
        mongoStore.ensureIndexes();
    }

    @AfterAll
    static void disconnect() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void everyKindOfChangeDeliveredTwiceHasOneRow() {
        String id = new ObjectId().toHexString();
        Instant start = Instant.now();
        List<AuditCommand> changes = List.of(
                change(Change.CREATE, id, Map.of("name", "web-1", "cpu", 1), start),
                change(Change.PATCH, id, Map.of("cpu", 2), start.plusMillis(10)),
                change(Change.UPDATE, id, Map.of("name", "web-2"), start.plusMillis(20)),
                change(Change.DELETE, id, Map.of(), start.plusMillis(30)));
        changes.forEach(recorder::record);

        changes.forEach(copy -> assertThat(recorder.record(copy)).as("a copy of %s", copy.change()).isEmpty());

        assertThat(rows(id)).extracting(row -> row.getString("change"))
                .containsExactly("create", "patch", "update", "delete");
        assertThat(snapshot(id)).isEqualTo(new Document("name", "web-2"));
    }

    @Test
    void aKillBetweenTheRowAndTheSnapshotLeavesOneRowAndTheSnapshotCompletedByTheNextCopy() {
        String id = new ObjectId().toHexString();
        Instant start = Instant.now();
        recorder.record(change(Change.CREATE, id, Map.of("name", "billing", "family", "web"), start, "applications"));
        AuditCommand rename = change(Change.PATCH, id, Map.of("name", "invoicing"), start.plusMillis(10), "applications");
        store.killAtNextSnapshot();

        assertThatThrownBy(() -> recorder.record(rename)).isInstanceOf(Killed.class);
        assertThat(rows(id)).as("the row was written before the kill").hasSize(2);
        assertThat(syncs).as("killed before the propagation").isEmpty();

        assertThat(recorder.record(rename)).as("the copy delivered after the restart").isEmpty();

        assertThat(rows(id)).extracting(row -> row.getString("change")).containsExactly("create", "patch");
        assertThat(snapshot(id)).isEqualTo(new Document("name", "invoicing").append("family", "web"));
        assertThat(syncs).as("the renamed application's copies rewritten once").isNotEmpty()
                .allSatisfy(sync -> assertThat(sync.get(1).toString()).contains("invoicing"));
        assertThat(rows(id).get(1).get("propagation", List.class)).hasSameSizeAs(syncs);

        recorder.record(change(Change.PATCH, id, Map.of("name", "payments"), start.plusMillis(20), "applications"));
        syncs.clear();
        recorder.record(rename);
        assertThat(syncs).as("an older rename delivered again is not propagated over a newer one").isEmpty();
        assertThat(rows(id)).hasSize(3);
        assertThat(snapshot(id).getString("name")).isEqualTo("payments");
    }

    @Test
    void aChangeRecordedLateAndDeliveredAgainHasOneRow() {
        String id = new ObjectId().toHexString();
        Instant start = Instant.now();
        recorder.record(change(Change.CREATE, id, Map.of("name", "db-1", "cpu", 1), start));
        recorder.record(change(Change.UPDATE, id, Map.of("name", "db-1", "cpu", 4), start.plusMillis(20)));
        AuditCommand late = change(Change.PATCH, id, Map.of("cpu", 2), start.plusMillis(10));

        recorder.record(late);
        recorder.record(late);

        assertThat(rows(id)).extracting(row -> row.get("body", Document.class)).containsExactly(
                Document.parse("{name: 'db-1', cpu: 1}"), Document.parse("{cpu: 2}"), Document.parse("{cpu: 4}"));
    }

    @Test
    void theChangeIdIsStoredButNotAnswered() {
        String id = new ObjectId().toHexString();
        AuditCommand created = change(Change.CREATE, id, Map.of("name", "web-1"), Instant.now());

        Document row = recorder.record(created).orElseThrow();

        assertThat(rows(id)).singleElement()
                .satisfies(stored -> assertThat(stored.getString(AuditStore.CHANGE_ID)).isEqualTo(created.changeId()));
        Document answered = recorder.row("servers", id, row.getObjectId("_id").toHexString());
        assertThat(answered).doesNotContainKey(AuditStore.CHANGE_ID);
        @SuppressWarnings("unchecked")
        List<Document> items = (List<Document>) recorder.history("servers", id, null, null).get("items");
        assertThat(items).singleElement().satisfies(item -> assertThat(item).doesNotContainKey(AuditStore.CHANGE_ID));
    }

    @Test
    void changesWithoutAnIdAreEachRecorded() {
        String id = new ObjectId().toHexString();
        AuditCommand removal = new AuditCommand(Change.DELETE, "servers", id, null, null);

        recorder.record(new AuditCommand(Change.CREATE, "servers", id, null, Map.of("name", "web-1")));
        recorder.record(removal);
        recorder.record(removal);

        assertThat(rows(id)).extracting(row -> row.getString("change")).containsExactly("create", "delete", "delete");
    }

    @Test
    void aChunkKilledBetweenItsRowsAndItsSnapshotsHasOneRowPerRecordOnceItsCopyIsRecorded() {
        String first = new ObjectId().toHexString();
        String second = new ObjectId().toHexString();
        Instant at = Instant.now();
        List<AuditCommand> chunk = List.of(
                chunkEntry(Change.CREATE, first, Map.of("name", "i-1", "cpu", 1), at, "chunk-1:audit:0"),
                chunkEntry(Change.CREATE, second, Map.of("name", "i-2", "cpu", 1), at, "chunk-1:audit:1"));
        store.killAtNextSnapshot();

        assertThatThrownBy(() -> recorder.recordBatch(chunk)).isInstanceOf(Killed.class);
        assertThat(rows(first)).as("the rows were written before the kill").hasSize(1);
        assertThat(snapshotDocument(first)).as("killed before the snapshots").isNull();

        recorder.recordBatch(chunk);

        assertThat(rows(first)).singleElement().satisfies(row -> assertThat(row.getString("change")).isEqualTo("create"));
        assertThat(rows(second)).hasSize(1);
        assertThat(snapshot(first)).isEqualTo(new Document("name", "i-1").append("cpu", 1));
        assertThat(snapshot(second)).isEqualTo(new Document("name", "i-2").append("cpu", 1));
    }

    /**
     * Another audit-app inserts the row of one of the chunk's changes between this one's look for recorded rows and its
     * insert (played by a look that misses it, the other audit-app by a copy killed before its snapshot): the unordered
     * insert writes the other rows and leaves that change to the audit-app whose row it is.
     */
    @Test
    void aChunkRowAnotherAuditAppInsertedMeanwhileIsLeftToItAndTheOthersAreRecorded() {
        String taken = new ObjectId().toHexString();
        String fresh = new ObjectId().toHexString();
        Instant at = Instant.now();
        AuditCommand takenChange = chunkEntry(Change.UPDATE, taken, Map.of("name", "i-1", "cpu", 2), at, "chunk-2:audit:0");
        recorder.record(chunkEntry(Change.CREATE, taken, Map.of("name", "i-1", "cpu", 1), at.minusSeconds(60), null));
        store.killAtNextSnapshot();
        assertThatThrownBy(() -> recorder.record(takenChange)).isInstanceOf(Killed.class);
        store.missRecordedRowsOnce();

        recorder.recordBatch(List.of(takenChange,
                chunkEntry(Change.CREATE, fresh, Map.of("name", "i-2", "cpu", 1), at, "chunk-2:audit:1")));

        assertThat(rows(taken)).extracting(row -> row.getString("change")).containsExactly("create", "update");
        assertThat(snapshot(taken)).as("left to the audit-app whose row it is").containsEntry("cpu", 1);
        assertThat(rows(fresh)).singleElement().satisfies(row -> assertThat(row.getString("change")).isEqualTo("create"));
        assertThat(snapshot(fresh)).isEqualTo(new Document("name", "i-2").append("cpu", 1));
    }

    @Test
    void aChunkRowTheStoreRefusesFailsTheChunkAfterTheOthersAreRecordedWhole() {
        String refused = new ObjectId().toHexString();
        String kept = new ObjectId().toHexString();
        Instant at = Instant.now();
        store.refuseRowsOf(refused);

        assertThatThrownBy(() -> recorder.recordBatch(List.of(
                chunkEntry(Change.CREATE, refused, Map.of("name", "i-1", "cpu", 1), at, "chunk-4:audit:0"),
                chunkEntry(Change.CREATE, kept, Map.of("name", "i-2", "cpu", 1), at, "chunk-4:audit:1"))))
                .isInstanceOf(AuditRequestException.class).hasMessageContaining("document too large");

        assertThat(rows(refused)).isEmpty();
        assertThat(snapshotDocument(refused)).isNull();
        assertThat(rows(kept)).hasSize(1);
        assertThat(snapshot(kept)).isEqualTo(new Document("name", "i-2").append("cpu", 1));
    }

    @Test
    void aChunkListingADocumentTwiceRecordsBothChangesInOrder() {
        String id = new ObjectId().toHexString();
        Instant at = Instant.now();

        recorder.recordBatch(List.of(
                chunkEntry(Change.CREATE, id, Map.of("name", "i-1", "cpu", 1), at, "chunk-3:audit:0"),
                chunkEntry(Change.UPDATE, id, Map.of("name", "i-1", "cpu", 2), at.plusMillis(1), "chunk-3:audit:1")));

        assertThat(rows(id)).extracting(row -> row.get("body", Document.class))
                .containsExactly(Document.parse("{name: 'i-1', cpu: 1}"), Document.parse("{cpu: 2}"));
    }

    /** An entry of a discovery chunk: it may have been recorded already under another message. */
    private static AuditCommand chunkEntry(Change change, String id, Map<String, Object> body, Instant at,
            String changeId) {
        return new AuditCommand(change, "servers", id, "discovery (aws prod)", body, null, at, true, changeId);
    }

    private static AuditCommand change(Change change, String id, Map<String, Object> body, Instant at) {
        return change(change, id, body, at, "servers");
    }

    private static AuditCommand change(Change change, String id, Map<String, Object> body, Instant at, String entity) {
        return new AuditCommand(change, entity, id, "ana@maestro.test", body, null, at, false,
                UUID.randomUUID().toString());
    }

    private static List<Document> rows(String id) {
        return mongo.getCollection("audits").find(new Document("entity_id", new ObjectId(id)))
                .sort(new Document("created_at", 1).append("_id", 1)).into(new ArrayList<>());
    }

    private static Document snapshot(String id) {
        return snapshotDocument(id).get("body", Document.class);
    }

    private static Document snapshotDocument(String id) {
        return mongo.getCollection("snapshots").find(new Document("entity_id", new ObjectId(id))).first();
    }

    private static final class Killed extends RuntimeException {
        Killed() {
            super("audit-app killed");
        }
    }

    /** The Mongo store, whose next snapshot write can be made to fail as a {@code kill -9} at that point would. */
    private static final class KillableStore implements AuditStore {

        private final AuditStore store;
        private boolean killAtNextSnapshot;
        private boolean missRecordedRows;
        private ObjectId refusedDocument;

        KillableStore(AuditStore store) {
            this.store = store;
        }

        void killAtNextSnapshot() {
            killAtNextSnapshot = true;
        }

        /** Every row of the document is refused, as the store refuses one over its size limit. */
        void refuseRowsOf(String entityId) {
            refusedDocument = new ObjectId(entityId);
        }

        /** The next look for recorded rows finds none, as when another audit-app inserts them right after it. */
        void missRecordedRowsOnce() {
            missRecordedRows = true;
        }

        @Override
        public void replaceSnapshots(String entity, Map<ObjectId, Snapshot> snapshots) {
            if (killAtNextSnapshot) {
                killAtNextSnapshot = false;
                throw new Killed();
            }
            store.replaceSnapshots(entity, snapshots);
        }

        @Override
        public Map<ObjectId, Snapshot> snapshots(String entity, Collection<ObjectId> entityIds) {
            return store.snapshots(entity, entityIds);
        }

        @Override
        public boolean insertRow(Document row) {
            return store.insertRow(row);
        }

        @Override
        public InsertedRows insertRows(List<Document> rows) {
            List<Document> taken = rows.stream().filter(row -> !row.getObjectId("entity_id").equals(refusedDocument))
                    .toList();
            InsertedRows inserted = store.insertRows(taken);
            if (taken.size() == rows.size()) {
                return inserted;
            }
            Set<ObjectId> refused = new HashSet<>(inserted.refused());
            List<String> refusals = new ArrayList<>(inserted.refusals());
            rows.stream().filter(row -> !taken.contains(row)).forEach(row -> {
                refused.add(row.getObjectId("_id"));
                refusals.add("row " + row.getObjectId("_id") + ": document too large");
            });
            return new InsertedRows(inserted.alreadyStored(), refused, refusals);
        }

        @Override
        public Map<String, Document> rowsOfChanges(Collection<String> changeIds) {
            if (missRecordedRows) {
                missRecordedRows = false;
                return Map.of();
            }
            return store.rowsOfChanges(changeIds);
        }

        @Override
        public void setRowField(ObjectId rowId, String field, Object value) {
            store.setRowField(rowId, field, value);
        }

        @Override
        public void rewriteRowChanges(ObjectId rowId, Document body, Document state, Date updatedAt) {
            store.rewriteRowChanges(rowId, body, state, updatedAt);
        }

        @Override
        public void removeRow(ObjectId rowId) {
            store.removeRow(rowId);
        }

        @Override
        public Document lastRowAtOrBefore(String entity, ObjectId entityId, Date at) {
            return store.lastRowAtOrBefore(entity, entityId, at);
        }

        @Override
        public Document firstRowAfter(String entity, ObjectId entityId, Date at) {
            return store.firstRowAfter(entity, entityId, at);
        }

        @Override
        public long countRows(String entity, ObjectId entityId) {
            return store.countRows(entity, entityId);
        }

        @Override
        public List<Document> rows(String entity, ObjectId entityId, int skip, int limit) {
            return store.rows(entity, entityId, skip, limit);
        }

        @Override
        public Document row(String entity, ObjectId entityId, ObjectId rowId) {
            return store.row(entity, entityId, rowId);
        }

        @Override
        public long removeRowsCreatedBefore(Date cutoff) {
            return store.removeRowsCreatedBefore(cutoff);
        }
    }
}
