package io.maestro.common.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The records one discovery chunk created or changed, as one message on the {@code audit} queue (docs/discovery.md,
 * "Audit"). audit-app records each as it records an {@link AuditEvent}, except that a record whose snapshot already
 * holds its body is skipped: a chunk loaded again after a crash or a failed attempt lists again the records its first
 * attempt wrote, and only those whose history is missing get a row.
 *
 * @param entity  the audited entity name, as in {@link AuditEvent#entity()}
 * @param user    who made the changes: {@code discovery (<connection name>)}
 * @param records the chunk's changes
 */
public record AuditChunk(String entity, String user, List<Entry> records) implements AuditPayload {

    public AuditChunk {
        Objects.requireNonNull(entity, "entity");
        records = List.copyOf(records);
    }

    /**
     * One record of the chunk.
     *
     * @param entityId the record's 24-hex id
     * @param change   {@link Change#CREATE} or {@link Change#UPDATE}
     * @param body     the record as written, as plain JSON values, without {@code _id}, {@code active},
     *                 {@code created_at} and {@code updated_at}
     */
    public record Entry(String entityId, Change change, Map<String, Object> body) {

        public Entry {
            Objects.requireNonNull(entityId, "entityId");
            Objects.requireNonNull(change, "change");
            body = body == null ? Map.of() : body;
        }
    }
}
