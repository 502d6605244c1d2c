package io.maestro.audit.messaging;

import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerException;
import io.maestro.audit.domain.AuditCommand;
import io.maestro.audit.domain.AuditRecorder;
import io.maestro.common.audit.AuditChunk;
import io.maestro.common.audit.AuditEvent;
import io.maestro.common.audit.AuditPayload;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroMessagingAutoConfiguration;
import io.maestro.common.messaging.MaestroQueues;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Records the changes server-app and discovery-app put on the {@code audit} queue, through the same
 * {@link AuditRecorder} as the HTTP routes: one change a message from server-app ({@link AuditEvent}), the records of a
 * chunk from discovery ({@link AuditChunk}) together (a store call per step for the whole chunk), with
 * {@code maestro.audit.concurrency} consumers. The queue is durable and its messages persistent, so changes made while
 * audit-app is down are recorded when it is back; the Maestro container factory acknowledges after recording. Each row
 * carries the id of its change, unique, so a message delivered again (after a crash before the acknowledgement, or
 * published again) is recorded once ({@link AuditRecorder}).
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
    void record(MaestroMessage<AuditPayload> message) {
        try {
            if (message.payload() instanceof AuditChunk) {
                recorder.recordChunk(commands(message));
            } else {
                commands(message).forEach(recorder::record);
            }
        } catch (RuntimeException failure) {
            if (isStoreUnavailable(failure)) {
                throw failure;
            }
            throw new AmqpRejectAndDontRequeueException("Audit message " + message.messageId() + " ("
                    + describe(message.payload()) + ") cannot be recorded: " + failure.getMessage(), failure);
        }
    }

    private static String describe(AuditPayload payload) {
        if (payload instanceof AuditChunk chunk) {
            return chunk.records().size() + " " + chunk.entity() + " of " + chunk.user();
        }
        AuditEvent event = (AuditEvent) payload;
        return event.action() + " " + event.entity() + " " + event.entityId();
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

    /**
     * One command per change, with the change's own id: the message's id, or {@code <messageId>:<index>} for the
     * entries of a chunk, so a copy delivered again is recorded once, change by change. A chunk's records may also have
     * been recorded under another message (the chunk was loaded again after a failure or a crash): each is then skipped
     * when its snapshot already holds its body.
     */
    private static List<AuditCommand> commands(MaestroMessage<AuditPayload> message) {
        if (message.payload() instanceof AuditChunk chunk) {
            return IntStream.range(0, chunk.records().size()).mapToObj(index -> {
                AuditChunk.Entry entry = chunk.records().get(index);
                return new AuditCommand(entry.change(), chunk.entity(), entry.entityId(), chunk.user(), entry.body(),
                        null, message.createdAt(), true, message.messageId() + ":" + index);
            }).toList();
        }
        AuditEvent event = (AuditEvent) message.payload();
        return List.of(new AuditCommand(event.action(), event.entity(), event.entityId(), event.user(), event.body(),
                event.team(), message.createdAt(), false, message.messageId()));
    }
}
