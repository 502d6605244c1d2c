package io.maestro.scheduler.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * {@code period_type: interval}: every {@code every} {@code period}s, counted from when the job was scheduled (as
 * APScheduler's interval trigger). After a late run the cadence keeps its phase: the next due time is the first
 * multiple of the interval after the run, so a scheduler that was down does not fire once per missed period.
 */
public record IntervalTrigger(Duration every, String describe) implements Trigger {

    public IntervalTrigger {
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("An interval must be positive, was " + every);
        }
    }

    @Override
    public Instant first(Instant now) {
        return now.plus(every);
    }

    @Override
    public Instant next(Instant due, Instant now) {
        if (due.isAfter(now)) {
            return due;
        }
        long missed = Duration.between(due, now).toMillis() / every.toMillis();
        return due.plus(every.multipliedBy(missed + 1));
    }
}
