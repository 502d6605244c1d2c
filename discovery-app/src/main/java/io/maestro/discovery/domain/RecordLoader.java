package io.maestro.discovery.domain;

import io.maestro.common.audit.Change;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Load, the same for every provider: the chunk's records are matched by their key ({@code unique_id}, compatibility.md D1)
 * with the owner's stored ones (read as the few fields that show a record unchanged, and whole only when it is to be
 * merged or audited again), merged ({@link RecordMerger}), stamped and written in one bulk upsert. Only new,
 * changed and reactivated records are written and audited; a record the provider returned unchanged (same
 * {@code checksum}, as active or inactive as before) only has its {@code last_seen_at} moved, in one update for the whole chunk.
 *
 * <p>The chunk's history is one message ({@link SyncAudit}), published before the step ends. A step run again (a
 * retry, or a redelivery after a crash) finds what its earlier attempt wrote unchanged, already stamped with this run's
 * {@code last_seen_at}: such records are audited again ({@code CREATE} when this run first saw them, else
 * {@code UPDATE}), and audit-app skips those whose history it already has (docs/discovery.md, "Audit").
 */
@Component
public class RecordLoader {

    private static final Logger log = LoggerFactory.getLogger(RecordLoader.class);

    /** When each connection last saw the record: {@code seen_by.<connection id>} = its run's start. */
    static final String SEEN_BY = "seen_by";

    /** Written by the pipeline only; not part of what makes a record changed. */
    private static final Set<String> BOOKKEEPING = Set.of("_id", "created_at", "updated_at", "first_seen_at",
            "last_seen_at", "checksum", SEEN_BY);

    private final InventoryRecords data;
    private final SyncAudit audit;

    public RecordLoader(InventoryRecords data, SyncAudit audit) {
        this.data = data;
        this.audit = audit;
    }

    /**
     * @throws ProviderException when the connection has no owner (its records would belong to no one)
     */
    public LoadOutcome load(String chunkId, SyncConnection connection, CommandTarget target,
            List<Map<String, Object>> records, Instant seenAt) {
        return load(chunkId, connection, target, records, seenAt, null);
    }

    /**
     * @param previousSeenAt the start of the task's previous run when its audit messages may have been lost (see
     *     {@link SyncRun#previousStart}), else null: an unchanged record that run stamped is listed in this chunk's
     *     audit message, and audit-app records it if its history does not hold it yet
     * @throws ProviderException when the connection has no owner (its records would belong to no one)
     */
    public LoadOutcome load(String chunkId, SyncConnection connection, CommandTarget target,
            List<Map<String, Object>> records, Instant seenAt, Instant previousSeenAt) {
        return load(chunkId, connection, target, records, seenAt, previousSeenAt, true);
    }

    /**
     * @param mayRetryRaced whether records this load meant to create, and the store refused although no one held their
     *     key when it looked (another run of the task loading the same records at the same time took it), are loaded
     *     once more: found this time, they are merged like any stored record. A key another tenant holds is reported.
     */
    private LoadOutcome load(String chunkId, SyncConnection connection, CommandTarget target,
            List<Map<String, Object>> records, Instant seenAt, Instant previousSeenAt, boolean mayRetryRaced) {
        String owner = connection.ownerId();
        if (owner == null) {
            throw new ProviderException("Missing Owner User/Team in this connection.");
        }
        String key = target.key();
        Map<String, Map<String, Object>> incoming = new LinkedHashMap<>();
        for (Map<String, Object> record : records) {
            Object value = record.get(key);
            if (value != null && !String.valueOf(value).isBlank()) {
                incoming.put(String.valueOf(value), record);
            }
        }
        if (incoming.isEmpty()) {
            return new LoadOutcome(List.of(), 0, 0, 0, List.of());
        }
        String stamp = stamp(seenAt);
        String previousStamp = previousSeenAt == null ? null : stamp(previousSeenAt);
        // By the key alone, which the store's unique index answers; with the owner in the query too, the embedded
        // store scans the whole collection for every chunk. Another owner's record is left out here instead.
        // First only the fields that show a record unchanged (most of a re-sync), then whole records for the others.
        Map<String, Map<String, Object>> stored = new HashMap<>();
        Set<String> heldByOthers = new HashSet<>();
        sortByOwner(data.findAll(target.entity(), byKeys(key, incoming.keySet()), lookupFields(key)), key, owner,
                stored, heldByOthers);
        Set<String> seenAsStored = new HashSet<>();
        List<String> toRead = new ArrayList<>();
        incoming.forEach((incomingKey, record) -> {
            Map<String, Object> fields = stored.get(incomingKey);
            if (fields != null) {
                (seenAsStored(fields, record, connection, target, stamp, previousStamp) ? seenAsStored : toRead)
                        .add(incomingKey);
            }
        });
        if (!toRead.isEmpty()) {
            toRead.forEach(stored::remove);
            sortByOwner(data.findAll(target.entity(), byKeys(key, toRead)), key, owner, stored, heldByOthers);
        }

        List<Map<String, Object>> writes = new ArrayList<>();
        List<Map<String, Object>> sources = new ArrayList<>();
        List<Boolean> creations = new ArrayList<>();
        List<Object> seenOnly = new ArrayList<>();
        List<Object> declaredOnly = new ArrayList<>();
        List<SyncAudit.RecordedChange> audited = new ArrayList<>();
        int createdBefore = 0;
        int changedBefore = 0;
        for (Map.Entry<String, Map<String, Object>> entry : incoming.entrySet()) {
            Map<String, Object> record = entry.getValue();
            Map<String, Object> existing = stored.get(entry.getKey());
            if (existing == null) {
                writes.add(created(record, connection, stamp));
                sources.add(record);
                creations.add(true);
                continue;
            }
            if (seenAsStored.contains(entry.getKey())) {
                seenOnly.add(existing.get("_id"));
                continue;
            }
            boolean declarationOnly = target.declares() && foundByOthers(existing, connection);
            Map<String, Object> merged = declarationOnly ? declared(existing, record, connection, stamp)
                    : changed(existing, record, connection, stamp);
            if (isUnchanged(existing, record, merged)) {
                (declarationOnly ? declaredOnly : seenOnly).add(existing.get("_id"));
                Object lastStamp = declarationOnly ? seenBy(existing, connection) : existing.get("last_seen_at");
                if (stamp.equals(lastStamp)) {
                    // this run's stamp: the step runs again, and its earlier attempt wrote or marked the record
                    SyncAudit.RecordedChange again = stamped(existing, stamp);
                    audited.add(again);
                    if (again.change() == Change.CREATE) {
                        createdBefore++;
                    } else if (writtenSince(existing, seenAt)) {
                        changedBefore++;
                    }
                } else if (previousStamp != null && previousStamp.equals(lastStamp)) {
                    // stamped by the previous run, whose audit message a restart may have lost: listed, not counted
                    audited.add(stamped(existing, previousStamp));
                }
            } else {
                writes.add(merged);
                sources.add(record);
                creations.add(false);
            }
        }

        List<String> failures = new ArrayList<>();
        Set<Integer> refused = new HashSet<>();
        List<Map<String, Object>> raced = new ArrayList<>();
        if (!writes.isEmpty()) {
            InventoryRecords.BulkResult result = data.upsert(target.entity(), writes);
            refused.addAll(result.refusedIndexes());
            Set<String> racedErrors = new HashSet<>();
            for (int index : result.refusedIndexes()) {
                if (mayRetryRaced && creations.get(index)
                        && !heldByOthers.contains(String.valueOf(sources.get(index).get(key)))) {
                    raced.add(sources.get(index));
                    racedErrors.add("body[" + index + "]:");
                }
            }
            result.writeErrors().stream()
                    .filter(error -> racedErrors.stream().noneMatch(error::startsWith))
                    .forEach(failures::add);
        }
        String seenByConnection = SEEN_BY + "." + connection.id();
        if (!seenOnly.isEmpty()) {
            data.updateMany(target.entity(), Map.of("_id", Map.of("$in", seenOnly)),
                    Map.of("last_seen_at", stamp, seenByConnection, stamp));
        }
        if (!declaredOnly.isEmpty()) {
            data.updateMany(target.entity(), Map.of("_id", Map.of("$in", declaredOnly)), Map.of(seenByConnection, stamp));
        }
        int created = 0;
        int changed = 0;
        for (int index = 0; index < writes.size(); index++) {
            if (refused.contains(index)) {
                continue;
            }
            Map<String, Object> written = writes.get(index);
            boolean isNew = creations.get(index);
            audited.add(new SyncAudit.RecordedChange(String.valueOf(written.get("_id")),
                    isNew ? Change.CREATE : Change.UPDATE, written));
            if (isNew) {
                created++;
            } else {
                changed++;
            }
        }
        if (!audited.isEmpty()) {
            audit.recorded(chunkId, target.entity(), audited, connection);
        }
        if (!failures.isEmpty()) {
            log.warn("Sync of connection {} into {}: the store refused {} of {} records: {}", connection.id(),
                    target.entity(), failures.size(), writes.size(), failures);
        }
        // a step run again counts what its earlier attempt created or changed as that attempt would have
        LoadOutcome outcome = new LoadOutcome(List.copyOf(incoming.keySet()), created + createdBefore,
                changed + changedBefore, seenOnly.size() + declaredOnly.size() - createdBefore - changedBefore, failures);
        if (raced.isEmpty()) {
            return outcome;
        }
        LoadOutcome again = load(chunkId + ":raced", connection, target, raced, seenAt, previousSeenAt, false);
        List<String> allFailures = new ArrayList<>(failures);
        allFailures.addAll(again.failures());
        return new LoadOutcome(outcome.keys(), created + again.created(), changed + again.changed(),
                outcome.unchanged() + again.unchanged(), allFailures);
    }

    /**
     * The stamp a run puts on the records it sees ({@code last_seen_at}, {@code seen_by.<connection>}): its start to the
     * millisecond, as data-app stores and answers it, so that a chunk loaded again recognises its own stamp.
     */
    static String stamp(Instant runStart) {
        return runStart.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /**
     * A stored record that the run of {@code stamp} wrote or marked, listed again for audit-app (which records it only
     * if its history lacks it): {@code CREATE} when that run first saw it, else {@code UPDATE}.
     */
    static SyncAudit.RecordedChange stamped(Map<String, Object> record, String stamp) {
        Change change = stamp.equals(record.get("first_seen_at")) ? Change.CREATE : Change.UPDATE;
        return new SyncAudit.RecordedChange(String.valueOf(record.get("_id")), change, record);
    }

    /** Whether the record was written at or after {@code time} ({@code updated_at}, which only a write moves). */
    private static boolean writtenSince(Map<String, Object> existing, Instant time) {
        Object updatedAt = existing.get("updated_at");
        Instant written = updatedAt instanceof Date date ? date.toInstant()
                : updatedAt instanceof String text ? parsed(text) : null;
        return written != null && !written.isBefore(time.truncatedTo(ChronoUnit.MILLIS));
    }

    private static Instant parsed(String time) {
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    /** What shows a stored record unchanged without its other fields ({@link #seenAsStored}), and whose it is. */
    private static List<String> lookupFields(String key) {
        Set<String> fields = new LinkedHashSet<>(List.of(key, "checksum", "active", "last_seen_at", "accountant",
                "roles._id"));
        return List.copyOf(fields);
    }

    private static Map<String, Object> byKeys(String key, Collection<String> keys) {
        return Map.of(key, Map.of("$in", List.copyOf(keys)));
    }

    private static void sortByOwner(List<Map<String, Object>> documents, String key, String owner,
            Map<String, Map<String, Object>> stored, Set<String> heldByOthers) {
        for (Map<String, Object> document : documents) {
            if (ownedBy(document, owner)) {
                stored.put(String.valueOf(document.get(key)), document);
            } else {
                heldByOthers.add(String.valueOf(document.get(key)));
            }
        }
    }

    /**
     * Whether a stored record's lookup fields show it only to be marked seen, as {@link #isUnchanged} would find it: the
     * same checksum, as active as before, and neither a declaration of what another connection found nor stamped by
     * this run or the previous one (those are audited again, with the whole record).
     */
    private static boolean seenAsStored(Map<String, Object> stored, Map<String, Object> record,
            SyncConnection connection, CommandTarget target, String stamp, String previousStamp) {
        Object checksum = record.get("checksum");
        Object lastStamp = stored.get("last_seen_at");
        return checksum != null && checksum.equals(stored.get("checksum"))
                && Objects.equals(!Boolean.FALSE.equals(record.get("active")), stored.get("active"))
                && !(target.declares() && foundByOthers(stored, connection))
                && !stamp.equals(lastStamp) && !(previousStamp != null && previousStamp.equals(lastStamp));
    }

    private static boolean ownedBy(Map<String, Object> document, String owner) {
        return document.get("roles") instanceof List<?> roles && roles.stream()
                .anyMatch(role -> role instanceof Map<?, ?> entry && owner.equals(String.valueOf(entry.get("_id"))));
    }

    /**
     * A new record, with an id chosen here: written by {@code _id}, it can only be inserted, so a key another tenant
     * already holds is refused by the store instead of overwriting that tenant's record.
     */
    private static Map<String, Object> created(Map<String, Object> record, SyncConnection connection, String stamp) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("_id", new ObjectId().toHexString());
        document.putAll(record);
        document.put("roles", connection.roles());
        document.put("owner", connection.ownerUser());
        document.put("accountant", List.of(connection.id()));
        document.put("first_seen_at", stamp);
        document.put("last_seen_at", stamp);
        document.put(SEEN_BY, Map.of(connection.id(), stamp));
        document.put("active", !Boolean.FALSE.equals(record.get("active")));
        return document;
    }

    /** Whether a connection other than this one found the record (a cloud, for a record a state declares). */
    private static boolean foundByOthers(Map<String, Object> existing, SyncConnection connection) {
        return existing.get("accountant") instanceof List<?> accountants
                && accountants.stream().anyMatch(accountant -> !connection.id().equals(String.valueOf(accountant)));
    }

    private static Object seenBy(Map<String, Object> existing, SyncConnection connection) {
        return existing.get(SEEN_BY) instanceof Map<?, ?> seen ? seen.get(connection.id()) : null;
    }

    private static Map<String, Object> stampedSeenBy(Map<String, Object> existing, SyncConnection connection,
            String stamp) {
        Map<String, Object> seen = new LinkedHashMap<>();
        if (existing.get(SEEN_BY) instanceof Map<?, ?> stored) {
            stored.forEach((id, at) -> seen.put(String.valueOf(id), at));
        }
        seen.put(connection.id(), stamp);
        return seen;
    }

    /**
     * A declaration (a state's record) of a resource another connection found: only its {@code declared_in} entry is
     * merged; what runs, whether it runs and when it was seen running stay the cloud's, and the record leaves this
     * connection's cleanup (it is not among its {@code accountant}s), so a resource taken out of the state is not
     * deactivated while its cloud still lists it.
     */
    private static Map<String, Object> declared(Map<String, Object> existing, Map<String, Object> record,
            SyncConnection connection, String stamp) {
        Map<String, Object> declaration = new LinkedHashMap<>();
        if (record.get("declared_in") != null) {
            declaration.put("declared_in", record.get("declared_in"));
        }
        Map<String, Object> merged = RecordMerger.merge(existing, declaration);
        List<Object> accountants = new ArrayList<>(existing.get("accountant") instanceof List<?> list ? list : List.of());
        accountants.removeIf(accountant -> connection.id().equals(String.valueOf(accountant)));
        merged.put("accountant", accountants);
        merged.put(SEEN_BY, stampedSeenBy(existing, connection, stamp));
        merged.remove("updated_at");
        return merged;
    }

    private static Map<String, Object> changed(Map<String, Object> existing, Map<String, Object> record,
            SyncConnection connection, String stamp) {
        Map<String, Object> merged = RecordMerger.merge(existing, record);
        List<Object> accountants = new ArrayList<>(existing.get("accountant") instanceof List<?> list ? list : List.of());
        if (!accountants.contains(connection.id())) {
            accountants.add(connection.id());
        }
        merged.put("accountant", accountants);
        merged.put("first_seen_at", existing.getOrDefault("first_seen_at", existing.getOrDefault("created_at", stamp)));
        merged.put("last_seen_at", stamp);
        merged.put(SEEN_BY, stampedSeenBy(existing, connection, stamp));
        merged.put("active", !Boolean.FALSE.equals(record.get("active")));
        merged.remove("updated_at");
        return merged;
    }

    /**
     * As active (or inactive) as before, and the same provider payload or nothing that the merge would change. An
     * instance the provider keeps listing as terminated is inactive on both sides, so it is not rewritten every run.
     */
    private static boolean isUnchanged(Map<String, Object> existing, Map<String, Object> record,
            Map<String, Object> merged) {
        if (!Objects.equals(merged.get("active"), existing.get("active"))) {
            return false;
        }
        Object checksum = record.get("checksum");
        return checksum != null && checksum.equals(existing.get("checksum"))
                || Objects.equals(withoutBookkeeping(existing), withoutBookkeeping(merged));
    }

    private static Map<String, Object> withoutBookkeeping(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        BOOKKEEPING.forEach(copy::remove);
        return copy;
    }
}
