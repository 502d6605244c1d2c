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
import io.maestro.common.messaging.DeadLetterRecoverer;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroMessagingAutoConfiguration;
import io.maestro.common.messaging.MaestroQueues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.support.converter.SmartMessageConverter;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * Records the changes server-app and discovery-app put on the {@code audit} queue, through the same
 * {@link AuditRecorder} as the HTTP routes, a batch of messages at a time (common messaging's batch container: up to
 * {@code maestro.messaging.batch-size} messages, with {@code maestro.audit.concurrency} consumers): the changes of all
 * the batch's messages, one change a message from server-app ({@link AuditEvent}) or the records of a discovery chunk
 * ({@link AuditChunk}), are recorded together, a store call per step for the whole batch. The queue is durable and its
 * messages persistent, so changes made while audit-app is down are recorded when it is back; the batch is acknowledged
 * after recording. Each row carries the id of its change, unique, so a message delivered again (after a crash before
 * the acknowledgement, or published again) is recorded once ({@link AuditRecorder}).
 *
 * <p>Only a store that cannot be reached is worth the container's retries of the batch. Any other failure is one
 * message's own (an unreadable or invalid message, a document the store refuses) and would fail every attempt: the
 * batch's messages are then recorded one by one, and those that fail go to {@code audit.dlq} at once, so that one
 * message's fault neither holds up nor loses the others.
 */
@Component
class AuditQueueListener {

    private static final ParameterizedTypeReference<MaestroMessage<AuditPayload>> AUDIT_MESSAGE =
            new ParameterizedTypeReference<>() { };

    /** A message read, and the changes it holds. */
    private record Received(MaestroMessage<AuditPayload> message, List<AuditCommand> commands) {
    }

    private final AuditRecorder recorder;
    private final SmartMessageConverter converter;
    private final DeadLetterRecoverer deadLetters;

    AuditQueueListener(AuditRecorder recorder, SmartMessageConverter converter, DeadLetterRecoverer deadLetters) {
        this.recorder = recorder;
        this.converter = converter;
        this.deadLetters = deadLetters;
    }

    @RabbitListener(queues = MaestroQueues.AUDIT_QUEUE,
            containerFactory = MaestroMessagingAutoConfiguration.BATCH_LISTENER_CONTAINER_FACTORY,
            concurrency = "${maestro.audit.concurrency}")
    void record(List<Message> batch) {
        // dead-lettered only once the others are recorded: a store outage meanwhile tries the batch again first
        Map<Message, RuntimeException> rejected = new LinkedHashMap<>();
        Map<Message, Received> readable = new LinkedHashMap<>();
        for (Message message : batch) {
            try {
                MaestroMessage<AuditPayload> received = read(message);
                readable.put(message, new Received(received, commands(received)));
            } catch (RuntimeException unreadable) {
                rejected.put(message, new AmqpRejectAndDontRequeueException("Audit message "
                        + message.getMessageProperties().getMessageId() + " cannot be read: " + unreadable.getMessage(),
                        unreadable));
            }
        }
        try {
            recorder.recordBatch(readable.values().stream().flatMap(received -> received.commands().stream()).toList());
        } catch (RuntimeException failure) {
            rethrowIfStoreUnavailable(failure);
            // one message's fault: each alone, so that only the faulty ones fail (those recorded are found by id)
            readable.forEach((message, received) -> {
                try {
                    recorder.recordBatch(received.commands());
                } catch (RuntimeException own) {
                    rethrowIfStoreUnavailable(own);
                    rejected.put(message, new AmqpRejectAndDontRequeueException("Audit message "
                            + received.message().messageId() + " (" + describe(received.message().payload())
                            + ") cannot be recorded: " + own.getMessage(), own));
                }
            });
        }
        rejected.forEach(deadLetters::recover);
    }

    private MaestroMessage<AuditPayload> read(Message message) {
        @SuppressWarnings("unchecked")
        MaestroMessage<AuditPayload> read = (MaestroMessage<AuditPayload>) converter.fromMessage(message, AUDIT_MESSAGE);
        return read;
    }

    private static String describe(AuditPayload payload) {
        if (payload instanceof AuditChunk chunk) {
            return chunk.records().size() + " " + chunk.entity() + " of " + chunk.user();
        }
        AuditEvent event = (AuditEvent) payload;
        return event.action() + " " + event.entity() + " " + event.entityId();
    }

    private static void rethrowIfStoreUnavailable(RuntimeException failure) {
        if (isStoreUnavailable(failure)) {
            throw failure;
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
