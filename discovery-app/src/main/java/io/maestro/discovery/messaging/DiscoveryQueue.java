package io.maestro.discovery.messaging;

import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.domain.StepQueue;
import io.maestro.discovery.domain.SyncStep;
import java.time.Instant;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.stereotype.Component;

/** Sync steps on the {@code discovery} queue, each under its step id so that a step published twice is handled once. */
@Component
class DiscoveryQueue implements StepQueue {

    private final MessagePublisher publisher;
    private final AmqpAdmin admin;
    private final String queue;

    DiscoveryQueue(MessagePublisher publisher, AmqpAdmin admin, DiscoveryProperties properties) {
        this.publisher = publisher;
        this.admin = admin;
        this.queue = properties.queue();
    }

    @Override
    public void publish(SyncStep step) {
        publisher.publish(queue, new MaestroMessage<>(step.stepId(), Instant.now(), step));
    }

    /** The broker's count of ready messages (a passive declare); a queue not declared yet holds none. */
    @Override
    public boolean hasWaitingSteps() {
        QueueInformation information = admin.getQueueInfo(queue);
        return information != null && information.getMessageCount() > 0;
    }
}
