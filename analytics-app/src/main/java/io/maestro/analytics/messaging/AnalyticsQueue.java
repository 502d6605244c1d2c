package io.maestro.analytics.messaging;

import io.maestro.analytics.domain.AnalyticsProperties;
import io.maestro.analytics.domain.GraphJob;
import io.maestro.analytics.domain.GraphQueue;
import io.maestro.common.messaging.MessagePublisher;
import org.springframework.stereotype.Component;

/** Maps on the {@code analytics} queue; the publisher returns once the broker has confirmed the message. */
@Component
class AnalyticsQueue implements GraphQueue {

    private final MessagePublisher publisher;
    private final String queue;

    AnalyticsQueue(MessagePublisher publisher, AnalyticsProperties properties) {
        this.publisher = publisher;
        this.queue = properties.queue();
    }

    @Override
    public String publish(GraphJob job) {
        return publisher.publish(queue, job).messageId();
    }
}
