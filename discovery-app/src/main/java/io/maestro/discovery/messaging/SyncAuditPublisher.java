package io.maestro.discovery.messaging;

import io.maestro.common.audit.AuditChunk;
import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.discovery.domain.SyncAudit;
import io.maestro.discovery.provider.SyncConnection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts the records a chunk created or changed on the {@code audit} queue as one {@link AuditChunk}, with the
 * broker's confirm. The actor is the system: {@code discovery (<connection name>)}. A record carries no credentials,
 * so neither does its entry. The message id is the load step's id with {@code :audit}: a step run again publishes
 * under the same id, and audit-app records it once. A broker that does not take the message fails the step, which is
 * tried again (its records are stored by then, and audited again: {@code RecordLoader}).
 */
@Component
class SyncAuditPublisher implements SyncAudit {

    /** As server-app leaves them out of audit bodies. */
    private static final List<String> NOT_AUDITED = List.of("_id", "active", "created_at", "updated_at");

    private final MessagePublisher publisher;
    private final String auditQueue;

    SyncAuditPublisher(MessagePublisher publisher, @Value(MaestroQueues.AUDIT_QUEUE) String auditQueue) {
        this.publisher = publisher;
        this.auditQueue = auditQueue;
    }

    @Override
    public void recorded(String chunkId, String entity, List<RecordedChange> changes, SyncConnection connection) {
        List<AuditChunk.Entry> entries = changes.stream()
                .map(change -> new AuditChunk.Entry(change.recordId(), change.change(), body(change.document())))
                .toList();
        AuditChunk chunk = new AuditChunk(auditedEntity(entity), actor(connection), entries);
        publisher.publish(auditQueue, new MaestroMessage<>(chunkId + ":audit", Instant.now(), chunk));
    }

    private static Map<String, Object> body(Map<String, Object> document) {
        Map<String, Object> body = new LinkedHashMap<>(document);
        NOT_AUDITED.forEach(body::remove);
        return body;
    }

    /** The entity name audit rows use, the registry's: {@code volume} for volumes (compatibility.md D6). */
    static String auditedEntity(String entity) {
        return Inventory.byCollection(entity).map(InventoryEntity::auditName)
                .orElseThrow(() -> new IllegalArgumentException("Not an inventory collection: " + entity));
    }

    static String actor(SyncConnection connection) {
        return "discovery (" + connection.name() + ")";
    }
}
