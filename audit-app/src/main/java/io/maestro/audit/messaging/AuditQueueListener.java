package io.maestro.audit.messaging;

import io.maestro.audit.domain.AuditCommand;
import io.maestro.audit.domain.AuditRecorder;
import io.maestro.common.audit.AuditEvent;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroMessagingAutoConfiguration;
import io.maestro.common.messaging.MaestroQueues;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Records the changes server-app puts on the {@code audit} queue, through the same {@link AuditRecorder} as the HTTP
 * routes. The queue is durable and its messages persistent, so changes made while audit-app is down are recorded
 * when it is back; the Maestro container factory acknowledges after recording, retries, dead-letters what keeps
 * failing and skips message ids already recorded ({@link AuditMessaging}).
 */
@Component
class AuditQueueListener {

    private final AuditRecorder recorder;

    AuditQueueListener(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @RabbitListener(queues = MaestroQueues.AUDIT_QUEUE,
            containerFactory = MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY)
    void record(MaestroMessage<AuditEvent> message) {
        recorder.record(command(message.payload()));
    }

    static AuditCommand command(AuditEvent event) {
        AuditCommand.Change change = switch (event.action()) {
            case CREATE -> AuditCommand.Change.CREATE;
            case PUT -> AuditCommand.Change.UPDATE;
            case PATCH -> AuditCommand.Change.PATCH;
            case DELETE -> AuditCommand.Change.DELETE;
        };
        return new AuditCommand(change, event.entity(), event.entityId(), event.user(), event.body(), event.team());
    }
}
