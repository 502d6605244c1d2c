package io.maestro.scheduler.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.springframework.scheduling.support.CronExpression;

/** {@code period_type: cron}: the stored cron fields as one Spring {@link CronExpression}, in UTC. */
public record CronTrigger(CronExpression expression, String describe) implements Trigger {

    @Override
    public Instant first(Instant now) {
        return after(now);
    }

    @Override
    public Instant next(Instant due, Instant now) {
        return after(due.isAfter(now) ? due.minusNanos(1) : now);
    }

    private Instant after(Instant instant) {
        ZonedDateTime next = expression.next(instant.atZone(ZoneOffset.UTC));
        if (next == null) {
            throw new InvalidJobException(describe + " never fires again");
        }
        return next.toInstant();
    }
}
