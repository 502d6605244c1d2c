package io.maestro.discovery.messaging;

import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroMessagingAutoConfiguration;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.discovery.domain.SyncPipeline;
import io.maestro.discovery.domain.SyncStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * The sync workers: every step of every run comes through the {@code discovery} queue. The Maestro container factory
 * acknowledges after the step, retries a failing one (e.g. data-app down) and then dead-letters it, and skips a step
 * id already handled.
 */
@Component
class DiscoveryQueueListener {

    private static final Logger log = LoggerFactory.getLogger(DiscoveryQueueListener.class);

    private final SyncPipeline pipeline;

    DiscoveryQueueListener(SyncPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @RabbitListener(queues = "${maestro.discovery.queue:" + MaestroQueues.DISCOVERY + "}",
            containerFactory = MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY,
            concurrency = "${maestro.discovery.workers:2}")
    void handle(MaestroMessage<SyncStep> message) {
        try {
            pipeline.handle(message.payload());
        } catch (RuntimeException failed) {
            // the container retries, then dead-letters: say which step failed and why, once per attempt
            log.warn("Sync step {} failed: {}", message.messageId(), failed.toString(), failed);
            throw failed;
        }
    }
}
