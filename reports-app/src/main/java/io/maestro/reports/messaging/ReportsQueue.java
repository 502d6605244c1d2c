package io.maestro.reports.messaging;

import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.reports.domain.ReportJob;
import io.maestro.reports.domain.ReportQueue;
import io.maestro.reports.domain.ReportsProperties;
import org.springframework.stereotype.Component;

/** Report runs on the {@code reports} queue; the publisher returns once the broker has confirmed the message. */
@Component
class ReportsQueue implements ReportQueue {

    private final MessagePublisher publisher;
    private final String queue;

    ReportsQueue(MessagePublisher publisher, ReportsProperties properties) {
        this.publisher = publisher;
        this.queue = properties.queue();
    }

    @Override
    public String publish(ReportJob job) {
        MaestroMessage<ReportJob> message = publisher.publish(queue, job);
        return message.messageId();
    }
}
