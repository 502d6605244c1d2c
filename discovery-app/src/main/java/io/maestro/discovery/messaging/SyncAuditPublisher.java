package io.maestro.discovery.messaging;

import io.maestro.common.audit.AuditEvent;
import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.discovery.domain.SyncAudit;
import io.maestro.discovery.provider.SyncConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts one {@link AuditEvent} per record a sync created or changed on the {@code audit} queue, as server-app does for
 * users' writes. The actor is the system: {@code discovery (<connection name>)}. A record carries no credentials, so
 * neither does its event. The record is already stored when this runs: a broker that refuses the event is logged, and
 * the sync goes on.
 */
@Component
class SyncAuditPublisher implements SyncAudit {

    private static final Logger log = LoggerFactory.getLogger(SyncAuditPublisher.class);

    /** As server-app leaves them out of audit bodies. */
    private static final List<String> NOT_AUDITED = List.of("_id", "active", "created_at", "updated_at");

    private final MessagePublisher publisher;
    private final String auditQueue;

    SyncAuditPublisher(MessagePublisher publisher, @Value(MaestroQueues.AUDIT_QUEUE) String auditQueue) {
        this.publisher = publisher;
        this.auditQueue = auditQueue;
    }

    @Override
    public void recorded(String entity, String recordId, boolean created, Map<String, Object> document,
            SyncConnection connection) {
        Map<String, Object> body = new LinkedHashMap<>(document);
        NOT_AUDITED.forEach(body::remove);
        AuditEvent event = new AuditEvent(auditedEntity(entity), recordId,
                created ? AuditEvent.Action.CREATE : AuditEvent.Action.PUT, body, actor(connection), null);
        try {
            publisher.publish(auditQueue, event);
        } catch (AmqpException refused) {
            log.error("Audit of {} {} not published: {}", entity, recordId, refused.getMessage());
        }
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
