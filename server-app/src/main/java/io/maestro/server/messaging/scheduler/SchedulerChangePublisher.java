package io.maestro.server.messaging.scheduler;

import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.common.scheduler.JobChanged;
import io.maestro.server.domain.resource.ResourceChanged;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells scheduler-app about every stored write of a scheduler job ({@link JobChanged} on the {@code scheduler} queue),
 * so that it applies the change at once. Best effort: the write has set {@code crawling: true}, which scheduler-app
 * also polls, so a message the broker does not take only delays the change to that poll.
 */
@Component
public class SchedulerChangePublisher {

    private static final Logger log = LoggerFactory.getLogger(SchedulerChangePublisher.class);
    private static final String SCHEDULERS = "schedulers";

    private final ObjectProvider<MessagePublisher> publisher;
    private final String queue;

    SchedulerChangePublisher(ObjectProvider<MessagePublisher> publisher,
            @Value(MaestroQueues.SCHEDULER_QUEUE) String queue) {
        this.publisher = publisher;
        this.queue = queue;
    }

    @EventListener
    public void onResourceChanged(ResourceChanged changed) {
        if (!SCHEDULERS.equals(changed.definition().collection()) || changed.record().get("_id") == null) {
            return;
        }
        MessagePublisher broker = publisher.getIfAvailable();
        if (broker == null) {
            return;
        }
        Object id = changed.record().get("_id");
        String jobId = id instanceof ObjectId objectId ? objectId.toHexString() : String.valueOf(id);
        try {
            broker.publish(queue, new JobChanged(jobId));
        } catch (AmqpException failure) {
            log.warn("scheduler-app not told of the change of job {} (it polls for it): {}", jobId, failure.getMessage());
        }
    }
}
