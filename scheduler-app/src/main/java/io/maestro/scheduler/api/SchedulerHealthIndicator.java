package io.maestro.scheduler.api;

import io.maestro.scheduler.domain.LeaderLease;
import io.maestro.scheduler.domain.ScheduleBoard;
import io.maestro.scheduler.domain.SchedulerLoop;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code scheduler} in {@code /actuator/health}: how many jobs are scheduled, this instance's name and runs under way,
 * and which instance holds the lease (keeps the jobs in step), until when.
 */
@Component("scheduler")
class SchedulerHealthIndicator extends AbstractHealthIndicator {

    private final ScheduleBoard board;
    private final LeaderLease lease;
    private final SchedulerLoop loop;

    SchedulerHealthIndicator(ScheduleBoard board, LeaderLease lease, SchedulerLoop loop) {
        super("Scheduler health check failed");
        this.board = board;
        this.lease = lease;
        this.loop = loop;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up()
                .withDetail("jobs", board.jobCount())
                .withDetail("instance", loop.instance())
                .withDetail("running", loop.running());
        lease.current().ifPresentOrElse(holder -> builder
                        .withDetail("leaseHolder", holder.instance())
                        .withDetail("leaseUntil", holder.until().toString()),
                () -> builder.withDetail("leaseHolder", "none"));
    }
}
