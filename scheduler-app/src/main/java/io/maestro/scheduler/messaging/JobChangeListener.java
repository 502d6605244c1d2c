package io.maestro.scheduler.messaging;

import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroMessagingAutoConfiguration;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.scheduler.JobChanged;
import io.maestro.scheduler.domain.JobSync;
import io.maestro.scheduler.domain.SchedulerLoop;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Takes in the job server-app announces on the {@code scheduler} queue, then looks for due jobs at once (a job marked
 * {@code run_immediately} starts within the poll of this instance). One instance takes each message: the board it
 * updates is shared. A failure (data-app down) is retried by the container; the job also stays marked {@code crawling}
 * for the lease holder's next poll.
 */
@Component
class JobChangeListener {

    private final JobSync sync;
    private final SchedulerLoop loop;

    JobChangeListener(JobSync sync, SchedulerLoop loop) {
        this.sync = sync;
        this.loop = loop;
    }

    @RabbitListener(queues = MaestroQueues.SCHEDULER_QUEUE,
            containerFactory = MaestroMessagingAutoConfiguration.LISTENER_CONTAINER_FACTORY)
    void jobChanged(MaestroMessage<JobChanged> message) {
        sync.refresh(message.payload().jobId());
        loop.wake();
    }
}
