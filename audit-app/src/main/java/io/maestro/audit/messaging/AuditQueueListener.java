package io.maestro.audit.messaging;

import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerException;
import io.maestro.audit.domain.AuditCommand;
import io.maestro.audit.domain.AuditRecorder;
import io.maestro.common.audit.AuditEvent;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroMessagingAutoConfiguration;
import io.maestro.common.messaging.MaestroQueues;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Records the changes server-app and discovery-app put on the {@code audit} queue, through the same
 * {@link AuditRecorder} as the HTTP routes, with {@code maestro.audit.concurrency} consumers. The queue is durable and
 * its messages persistent, so changes made while audit-app is down are recorded when it is back; the Maestro container
 * factory acknowledges after recording and skips message ids already recorded ({@link AuditMessaging}).
 *
 * <p>Only a store that cannot be reached is worth the container's retries. Any other failure is this message's own
 * (an invalid event, a document the store refuses) and would fail every attempt: the message is dead-lettered to
 * {@code audit.dlq} at once, so that it holds its consumer for one attempt only.
 */
@Component
class AuditQueueListener {

    private final AuditRecorder recorder;

    AuditQueueListener(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @RabbitListener(queues = MaestroQueues.AUDIT_QUEUE,
            containerFactory = MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY,
            concurrency = "${maestro.audit.concurrency}")
    void record(MaestroMessage<AuditEvent> message) {
        try {
            recorder.record(command(message));
        } catch (RuntimeException failure) {
            if (isStoreUnavailable(failure)) {
                throw failure;
            }
            throw new AmqpRejectAndDontRequeueException("Audit message " + message.messageId() + " ("
                    + message.payload().action() + " " + message.payload().entity() + " " + message.payload().entityId()
                    + ") cannot be recorded: " + failure.getMessage(), failure);
        }
    }

    /**
     * The store did not answer, or answered that it cannot take writes now, rather than refusing this message's
     * document (the driver's exception, or what wraps it).
     */
    private static boolean isStoreUnavailable(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoException mongo) {
                return !(mongo instanceof MongoServerException) || mongo instanceof MongoNotPrimaryException
                        || mongo instanceof MongoNodeIsRecoveringException;
            }
        }
        return false;
    }

    private static AuditCommand command(MaestroMessage<AuditEvent> message) {
        AuditEvent event = message.payload();
        AuditCommand.Change change = switch (event.action()) {
            case CREATE -> AuditCommand.Change.CREATE;
            case PUT -> AuditCommand.Change.UPDATE;
            case PATCH -> AuditCommand.Change.PATCH;
            case DELETE -> AuditCommand.Change.DELETE;
        };
        return new AuditCommand(change, event.entity(), event.entityId(), event.user(), event.body(), event.team(),
                message.createdAt());
    }
}
