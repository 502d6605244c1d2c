package io.maestro.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Load against a fake data-app: what is written, what is only marked seen, what is audited. */
class RecordLoaderTest {

    private static final String OWNER = "64b000000000000000000003";
    private static final SyncConnection CONNECTION = new SyncConnection("64b000000000000000000001", "aws prod", "AWS",
            "iam_aws", "DC", "64b000000000000000000002", List.of("us-east-1"), null, null, Map.of("_id", OWNER),
            List.of(Map.of("_id", OWNER, "role", 7, "refs", "users")), Map.of());
    private static final Instant NOW = Instant.parse("2026-11-28T05:00:00Z");
    private static final String CHUNK = "run-1:load:servers:us-east-1:0";

    private final InventoryRecords data = mock(InventoryRecords.class);
    private final SyncAudit audit = mock(SyncAudit.class);
    private final RecordLoader loader = new RecordLoader(data, audit);

    private static Map<String, Object> stored(String id, String uniqueId, String checksum, boolean active) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("_id", id);
        document.put("unique_id", uniqueId);
        document.put("name", uniqueId);
        document.put("checksum", checksum);
        document.put("active", active);
        document.put("accountant", List.of("64b0000000000000000000aa"));
        document.put("roles", List.of(Map.of("_id", OWNER, "role", 7, "refs", "users", "name", "Ana")));
        document.put("first_seen_at", "2026-01-01T00:00:00Z");
        return document;
    }

    /** data-app holding {@code documents}: a lookup answers those whose key it names, with only the fields it asks. */
    @SafeVarargs
    private void storing(Map<String, Object>... documents) {
        List<Map<String, Object>> held = List.of(documents);
        when(data.findAll(eq("servers"), anyMap(), anyList())).thenAnswer(call -> named(held, call.getArgument(1))
                .stream().map(document -> projected(document, call.getArgument(2))).toList());
        when(data.findAll(eq("servers"), anyMap())).thenAnswer(call -> named(held, call.getArgument(1)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> named(List<Map<String, Object>> held, Map<String, Object> query) {
        List<Object> keys = (List<Object>) ((Map<String, Object>) query.get("unique_id")).get("$in");
        return held.stream().filter(document -> keys.contains(document.get("unique_id"))).toList();
    }

    /** {@code _id} and {@code fields}, a dotted one keeping that field of each embedded document, as the store does. */
    private static Map<String, Object> projected(Map<String, Object> document, List<String> fields) {
        Map<String, Object> projected = new LinkedHashMap<>();
        projected.put("_id", document.get("_id"));
        for (String field : fields) {
            String[] path = field.split("\\.", 2);
            if (!document.containsKey(path[0])) {
                continue;
            }
            Object value = document.get(path[0]);
            if (path.length > 1 && value instanceof List<?> list) {
                value = list.stream().map(element -> element instanceof Map<?, ?> inner && inner.containsKey(path[1])
                        ? Map.of(path[1], inner.get(path[1])) : Map.of()).toList();
            }
            projected.put(path[0], value);
        }
        return projected;
    }

    private static Map<String, Object> incoming(String uniqueId, String checksum, Object... more) {
        Map<String, Object> record = new LinkedHashMap<>(Map.of("unique_id", uniqueId, "name", uniqueId, "checksum", checksum));
        for (int i = 0; i < more.length; i += 2) {
            record.put((String) more[i], more[i + 1]);
        }
        return record;
    }

    @Test
    @SuppressWarnings("unchecked")
    void newChangedAndReactivatedRecordsAreWrittenAndAuditedWhileUnchangedOnesAreOnlyMarkedSeen() {
        storing(stored("a0000000000000000000000a", "i-same", "c1", true),
                stored("b0000000000000000000000b", "i-changed", "c1", true),
                stored("c0000000000000000000000c", "i-back", "c1", false));
        when(data.upsert(eq("servers"), any())).thenReturn(new InventoryRecords.BulkResult(0, 0, 0, Set.of(), List.of()));

        LoadOutcome outcome = loader.load(CHUNK, CONNECTION, CommandTarget.of(Inventory.SERVERS), List.of(
                incoming("i-same", "c1"), incoming("i-changed", "c2", "cpu", 4), incoming("i-back", "c1"),
                incoming("i-new", "c9"), incoming("", "c0")), NOW);

        assertThat(outcome).isEqualTo(new LoadOutcome(List.of("i-same", "i-changed", "i-back", "i-new"), 1, 2, 1, List.of()));
        ArgumentCaptor<List<Map<String, Object>>> written = ArgumentCaptor.forClass(List.class);
        verify(data).upsert(eq("servers"), written.capture());
        List<Map<String, Object>> writes = written.getValue();
        assertThat(writes).extracting(document -> document.get("unique_id")).containsExactly("i-changed", "i-back", "i-new");
        Map<String, Object> changed = writes.get(0);
        assertThat(changed).containsEntry("_id", "b0000000000000000000000b").containsEntry("cpu", 4)
                .containsEntry("first_seen_at", "2026-01-01T00:00:00Z").containsEntry("last_seen_at", NOW.toString())
                .containsEntry("active", true)
                .containsEntry("accountant", List.of("64b0000000000000000000aa", CONNECTION.id()));
        assertThat(changed.get("roles")).isEqualTo(List.of(Map.of("_id", OWNER, "role", 7, "refs", "users", "name", "Ana")));
        assertThat(writes.get(1)).containsEntry("active", true);
        Map<String, Object> created = writes.get(2);
        assertThat((String) created.get("_id")).hasSize(24);
        assertThat(created).containsEntry("roles", CONNECTION.roles()).containsEntry("owner", Map.of("_id", OWNER))
                .containsEntry("accountant", List.of(CONNECTION.id())).containsEntry("first_seen_at", NOW.toString())
                .containsEntry("last_seen_at", NOW.toString())
                .containsEntry("seen_by", Map.of(CONNECTION.id(), NOW.toString()));
        verify(data).updateMany("servers", Map.of("_id", Map.of("$in", List.of("a0000000000000000000000a"))),
                Map.of("last_seen_at", NOW.toString(), "seen_by." + CONNECTION.id(), NOW.toString()));
        verify(data).findAll("servers", Map.of("unique_id", Map.of("$in", List.of("i-changed", "i-back"))));
        assertThat(audited()).extracting(change -> change.recordId() + " " + change.change()).containsExactlyInAnyOrder(
                "b0000000000000000000000b UPDATE", "c0000000000000000000000c UPDATE", created.get("_id") + " CREATE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeclarationOfARecordACloudFoundAddsOnlyWhereItIsDeclaredAndLeavesTheRunningSideAlone() {
        Map<String, Object> running = stored("a0000000000000000000000a", "i-declared", "aws-c1", false);
        running.put("accountant", List.of("64b0000000000000000000aa", CONNECTION.id()));
        running.put("ipv4_private", "10.0.0.5");
        running.put("last_seen_at", "2026-11-27T05:00:00Z");
        Map<String, Object> declaration = Map.of("unique_id", CONNECTION.id() + ":aws_instance.web",
                "connection", CONNECTION.id(), "address", "aws_instance.web", "declared", Map.of("ipv4_private", "10.0.0.9"));
        Map<String, Object> declared = stored("b0000000000000000000000b", "i-again", "aws-c2", true);
        declared.put("declared_in", List.of(declaration));
        storing(running, declared);
        when(data.upsert(eq("servers"), any())).thenReturn(new InventoryRecords.BulkResult(0, 0, 0, Set.of(), List.of()));

        LoadOutcome outcome = loader.load(CHUNK, CONNECTION, CommandTarget.of(Inventory.SERVERS).declaring(), List.of(
                incoming("i-declared", "tf-1", "ipv4_private", "10.0.0.9", "declared_in", List.of(declaration)),
                incoming("i-again", "tf-2", "ipv4_private", "10.0.0.9", "declared_in", List.of(declaration))), NOW);

        assertThat(outcome).isEqualTo(new LoadOutcome(List.of("i-declared", "i-again"), 0, 1, 1, List.of()));
        ArgumentCaptor<List<Map<String, Object>>> written = ArgumentCaptor.forClass(List.class);
        verify(data).upsert(eq("servers"), written.capture());
        assertThat(written.getValue()).singleElement().satisfies(record -> assertThat(record)
                .containsEntry("ipv4_private", "10.0.0.5").containsEntry("checksum", "aws-c1")
                .containsEntry("active", false).containsEntry("last_seen_at", "2026-11-27T05:00:00Z")
                .containsEntry("accountant", List.of("64b0000000000000000000aa"))
                .containsEntry("declared_in", List.of(declaration))
                .containsEntry("seen_by", Map.of(CONNECTION.id(), NOW.toString())));
        verify(data).updateMany("servers", Map.of("_id", Map.of("$in", List.of("b0000000000000000000000b"))),
                Map.of("seen_by." + CONNECTION.id(), NOW.toString()));
    }

    /** The one message of the chunk: what it lists. */
    @SuppressWarnings("unchecked")
    private List<SyncAudit.RecordedChange> audited() {
        ArgumentCaptor<List<SyncAudit.RecordedChange>> changes = ArgumentCaptor.forClass(List.class);
        verify(audit).recorded(eq(CHUNK), eq("servers"), changes.capture(), eq(CONNECTION));
        return changes.getValue();
    }

    @Test
    void aChunkLoadedAgainAuditsAgainWhatItsEarlierAttemptWroteAndCountsItAsThatAttemptDid() {
        Map<String, Object> createdBefore = stored("a0000000000000000000000a", "i-created", "c1", true);
        createdBefore.put("first_seen_at", NOW.toString());
        createdBefore.put("last_seen_at", NOW.toString());
        Map<String, Object> changedBefore = stored("b0000000000000000000000b", "i-changed", "c2", true);
        changedBefore.put("last_seen_at", NOW.toString());
        changedBefore.put("updated_at", NOW.plusMillis(1500).toString());
        Map<String, Object> markedSeenBefore = stored("d0000000000000000000000d", "i-marked", "c1", true);
        markedSeenBefore.put("last_seen_at", NOW.toString());
        markedSeenBefore.put("updated_at", "2026-11-20T05:00:00.250Z");
        Map<String, Object> seenInEarlierRun = stored("c0000000000000000000000c", "i-same", "c1", true);
        seenInEarlierRun.put("last_seen_at", "2026-11-27T05:00:00Z");
        storing(createdBefore, changedBefore, markedSeenBefore, seenInEarlierRun);

        LoadOutcome outcome = loader.load(CHUNK, CONNECTION, CommandTarget.of(Inventory.SERVERS), List.of(
                incoming("i-created", "c1"), incoming("i-changed", "c2"), incoming("i-marked", "c1"),
                incoming("i-same", "c1")), NOW);

        assertThat(outcome).isEqualTo(
                new LoadOutcome(List.of("i-created", "i-changed", "i-marked", "i-same"), 1, 1, 2, List.of()));
        verify(data, never()).upsert(anyString(), any());
        assertThat(audited()).extracting(change -> change.recordId() + " " + change.change()).containsExactly(
                "a0000000000000000000000a CREATE", "b0000000000000000000000b UPDATE", "d0000000000000000000000d UPDATE");
    }

    @Test
    void anUnchangedChunkIsToldFromTheLookupFieldsWithoutReadingWholeRecords() {
        Map<String, Object> same = stored("a0000000000000000000000a", "i-same", "c1", true);
        same.put("last_seen_at", "2026-11-27T05:00:00Z");
        same.put("cpu", 4);
        storing(same, stored("b0000000000000000000000b", "i-also", "c2", true));

        LoadOutcome outcome = loader.load(CHUNK, CONNECTION, CommandTarget.of(Inventory.SERVERS),
                List.of(incoming("i-same", "c1"), incoming("i-also", "c2")), NOW);

        assertThat(outcome).isEqualTo(new LoadOutcome(List.of("i-same", "i-also"), 0, 0, 2, List.of()));
        verify(data).findAll("servers", Map.of("unique_id", Map.of("$in", List.of("i-same", "i-also"))),
                List.of("unique_id", "checksum", "active", "last_seen_at", "accountant", "roles._id"));
        verify(data, never()).findAll(anyString(), anyMap());
        verify(data, never()).upsert(anyString(), any());
        verify(data).updateMany("servers", Map.of("_id", Map.of("$in", List.of("a0000000000000000000000a",
                "b0000000000000000000000b"))), Map.of("last_seen_at", NOW.toString(), "seen_by." + CONNECTION.id(),
                NOW.toString()));
        verify(audit, never()).recorded(anyString(), anyString(), any(), any());
    }

    @Test
    void aRecordTheProviderStillReportsInactiveIsOnlyMarkedSeenUntilItChanges() {
        storing(stored("a0000000000000000000000a", "i-terminated", "c1", false),
                stored("b0000000000000000000000b", "i-gone-then-terminated", "c1", false));
        when(data.upsert(eq("servers"), any())).thenReturn(new InventoryRecords.BulkResult(0, 0, 0, Set.of(), List.of()));

        LoadOutcome outcome = loader.load(CHUNK, CONNECTION, CommandTarget.of(Inventory.SERVERS), List.of(
                incoming("i-terminated", "c1", "active", false),
                incoming("i-gone-then-terminated", "c2", "active", false)), NOW);

        assertThat(outcome).isEqualTo(new LoadOutcome(List.of("i-terminated", "i-gone-then-terminated"), 0, 1, 1,
                List.of()));
        verify(data).updateMany("servers", Map.of("_id", Map.of("$in", List.of("a0000000000000000000000a"))),
                Map.of("last_seen_at", NOW.toString(), "seen_by." + CONNECTION.id(), NOW.toString()));
        assertThat(audited()).extracting(SyncAudit.RecordedChange::recordId).containsExactly("b0000000000000000000000b");
    }

    @Test
    void anotherOwnersRecordWithTheSameKeyIsNeverMergedIntoButWrittenAsNew() {
        Map<String, Object> foreign = stored("d0000000000000000000000d", "i-shared", "c1", true);
        foreign.put("roles", List.of(Map.of("_id", "64b0000000000000000000ff", "role", 7, "refs", "users")));
        storing(foreign);
        when(data.upsert(eq("servers"), any())).thenReturn(new InventoryRecords.BulkResult(0, 0, 0, Set.of(0),
                List.of("body[0]: E11000 duplicate key")));

        LoadOutcome outcome = loader.load(CHUNK, CONNECTION, CommandTarget.of(Inventory.SERVERS), List.of(incoming("i-shared", "c1")), NOW);

        verify(data).findAll(eq("servers"), eq(Map.of("unique_id", Map.of("$in", List.of("i-shared")))), anyList());
        verify(data, never()).findAll(anyString(), anyMap());
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<Map<String, Object>>> written = ArgumentCaptor.forClass(List.class);
        verify(data).upsert(eq("servers"), written.capture());
        assertThat(written.getValue()).singleElement().satisfies(document -> assertThat(document.get("_id"))
                .isNotEqualTo("d0000000000000000000000d"));
        assertThat(outcome.failures()).containsExactly("body[0]: E11000 duplicate key");
        verify(data, never()).updateMany(anyString(), anyMap(), anyMap());
    }

    @Test
    void aRecordTheStoreRefusesIsReportedAndNotAudited() {
        storing();
        when(data.upsert(eq("servers"), any())).thenReturn(new InventoryRecords.BulkResult(0, 0, 0, Set.of(0),
                List.of("body[0]: E11000 duplicate key")));

        LoadOutcome outcome = loader.load(CHUNK, CONNECTION, CommandTarget.of(Inventory.SERVERS), List.of(incoming("i-taken", "c1")), NOW);

        assertThat(outcome.created()).isZero();
        assertThat(outcome.failures()).containsExactly("body[0]: E11000 duplicate key");
        verify(audit, never()).recorded(anyString(), anyString(), any(), any());
    }

    @Test
    void aRecordAnotherRunOfTheTaskCreatedMeanwhileIsMergedNotReported() {
        when(data.findAll(eq("servers"), anyMap(), anyList())).thenReturn(new ArrayList<>())
                .thenReturn(List.of(stored("a0000000000000000000000a", "i-raced", "c1", true)));
        when(data.upsert(eq("servers"), any())).thenReturn(new InventoryRecords.BulkResult(0, 0, 0, Set.of(0),
                List.of("body[0]: E11000 duplicate key")));

        LoadOutcome outcome = loader.load(CHUNK, CONNECTION, CommandTarget.of(Inventory.SERVERS),
                List.of(incoming("i-raced", "c1")), NOW);

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.created()).isZero();
        assertThat(outcome.unchanged()).isEqualTo(1);
        verify(data).updateMany("servers", Map.of("_id", Map.of("$in", List.of("a0000000000000000000000a"))),
                Map.of("last_seen_at", "2026-11-28T05:00:00Z", "seen_by." + CONNECTION.id(), "2026-11-28T05:00:00Z"));
    }

    @Test
    void aConnectionWithoutOwnerLoadsNothing() {
        SyncConnection orphan = new SyncConnection("c", "n", "AWS", "iam_aws", "DC", "d", List.of(), null, null,
                Map.of(), List.of(), Map.of());

        assertThatThrownBy(() -> loader.load(CHUNK, orphan, CommandTarget.of(Inventory.SERVERS), List.of(incoming("i", "c")), NOW))
                .isInstanceOf(ProviderException.class).hasMessage("Missing Owner User/Team in this connection.");
    }
}
