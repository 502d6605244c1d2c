package io.maestro.reports.messaging;

import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroMessagingAutoConfiguration;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.reports.domain.ReportJob;
import io.maestro.reports.domain.ReportRunner;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * The report workers: every run comes through the {@code reports} queue. The Maestro container factory acknowledges
 * after the run, tries a failing one again (e.g. data-app down) and then dead-letters it to {@code reports.dlq}, and
 * skips a message already handled.
 */
@Component
class ReportsQueueListener {

    private final ReportRunner runner;

    ReportsQueueListener(ReportRunner runner) {
        this.runner = runner;
    }

    @RabbitListener(queues = "${maestro.reports.queue:" + MaestroQueues.REPORTS + "}",
            containerFactory = MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY,
            concurrency = "${maestro.reports.workers:2}")
    void handle(MaestroMessage<ReportJob> message) {
        runner.run(message.payload());
    }
}
