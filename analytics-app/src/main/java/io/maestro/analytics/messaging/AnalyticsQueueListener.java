package io.maestro.analytics.messaging;

import io.maestro.analytics.domain.GraphJob;
import io.maestro.analytics.domain.GraphRunner;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroMessagingAutoConfiguration;
import io.maestro.common.messaging.MaestroQueues;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * The map workers: every map comes through the {@code analytics} queue. The Maestro container factory acknowledges
 * after the run, tries a failing one again (e.g. data-app or analytics-front down) and then dead-letters it to
 * {@code analytics.dlq}, and skips a message already handled.
 */
@Component
class AnalyticsQueueListener {

    private final GraphRunner runner;

    AnalyticsQueueListener(GraphRunner runner) {
        this.runner = runner;
    }

    @RabbitListener(queues = "${maestro.analytics.queue:" + MaestroQueues.ANALYTICS + "}",
            containerFactory = MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY,
            concurrency = "${maestro.analytics.workers:2}")
    void handle(MaestroMessage<GraphJob> message) {
        runner.run(message.payload());
    }
}
