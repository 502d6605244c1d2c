package io.maestro.server.messaging.audit;

import io.maestro.common.audit.AuditEvent;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.server.domain.resource.ResourceChanged;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link AuditEvent} of every write on an audited resource on the {@code audit} queue, once the write is
 * stored (the {@link ResourceChanged} event comes after it) and with the broker's confirm. When the broker does not
 * take a message, the write still succeeds: the message waits in a bounded in-memory backlog and is published again,
 * with the same id, every {@code maestro.audit.retry-interval}. Messages leave in the order of the writes (a new one
 * queues behind the backlog), because audit-app diffs each change against the previous one.
 */
@Component
public class AuditPublisher {

    private static final Logger log = LoggerFactory.getLogger(AuditPublisher.class);

    private final ObjectProvider<MessagePublisher> publisher;
    private final AuditEvents events;
    private final int backlogCapacity;
    private final String auditQueue;
    private final Deque<MaestroMessage<AuditEvent>> backlog = new ArrayDeque<>();

    AuditPublisher(ObjectProvider<MessagePublisher> publisher, AuditEvents events,
            @Value("${maestro.audit.backlog-capacity:10000}") int backlogCapacity,
            @Value(MaestroQueues.AUDIT_QUEUE) String auditQueue) {
        this.publisher = publisher;
        this.events = events;
        this.backlogCapacity = backlogCapacity;
        this.auditQueue = auditQueue;
    }

    @EventListener
    public void onResourceChanged(ResourceChanged changed) {
        if (!changed.definition().audited()) {
            return;
        }
        MaestroMessage<AuditEvent> message;
        try {
            message = MaestroMessage.of(events.of(changed));
        } catch (RuntimeException failure) {
            // the write is stored; failing the request now would only hide that from the caller
            log.error("Could not build the audit event of {} {} {}", changed.change(),
                    changed.definition().entityName(), changed.record().get("_id"), failure);
            return;
        }
        enqueue(message);
        publishBacklog();
    }

    /** Publishes what the broker did not take earlier. */
    @Scheduled(fixedDelayString = "${maestro.audit.retry-interval:5s}")
    public void retryBacklog() {
        publishBacklog();
    }

    /** How many audit messages wait for the broker. */
    public synchronized int backlogSize() {
        return backlog.size();
    }

    private synchronized void enqueue(MaestroMessage<AuditEvent> message) {
        if (backlog.size() >= backlogCapacity) {
            MaestroMessage<AuditEvent> dropped = backlog.removeFirst();
            log.error("Audit backlog full ({} messages): dropped message {} ({} {} {})", backlogCapacity,
                    dropped.messageId(), dropped.payload().action(), dropped.payload().entity(), dropped.payload().entityId());
        }
        backlog.addLast(message);
    }

    private synchronized void publishBacklog() {
        MessagePublisher broker = publisher.getIfAvailable();
        if (broker == null) {
            if (!backlog.isEmpty()) {
                log.warn("No AMQP connection configured: {} audit messages cannot be published", backlog.size());
            }
            return;
        }
        while (!backlog.isEmpty()) {
            MaestroMessage<AuditEvent> next = backlog.peekFirst();
            try {
                broker.publish(auditQueue, next);
            } catch (AmqpException failure) {
                log.warn("Audit message {} not published, {} waiting for a retry: {}", next.messageId(), backlog.size(),
                        failure.getMessage());
                return;
            }
            backlog.removeFirst();
        }
    }
}
