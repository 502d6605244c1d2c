package io.maestro.scheduler.domain;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * {@code maestro.scheduler.*} (docs/scheduler.md).
 *
 * @param instance      this instance's name in claims and the lease; by default host, process and a random suffix
 * @param pollInterval  how often the instance looks for due entries
 * @param loopTime      how often the lease holder looks for changed jobs ({@code MAESTRO_LOOP_TIME}; a bare number
 *                      is seconds, as in 0.6) and renews the lease
 * @param claimLease    how long a claimed entry stays with its instance: longer than any run takes; an entry of
 *                      an instance that died is run by another after this
 * @param leaderLease   how long the lease of the instance that keeps the board in step lasts without renewal
 * @param workers       runs at once per instance
 * @param collection    the board's collection ({@code MAESTRO_MONGO_COLLECTION})
 */
@ConfigurationProperties("maestro.scheduler")
public record SchedulerProperties(
        String instance,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("10s") @DurationUnit(ChronoUnit.SECONDS) Duration loopTime,
        @DefaultValue("60s") @DurationUnit(ChronoUnit.SECONDS) Duration claimLease,
        @DefaultValue("30s") Duration leaderLease,
        @DefaultValue("8") int workers,
        @DefaultValue("schedulers_control") String collection) {

    public SchedulerProperties {
        if (instance == null || instance.isBlank()) {
            instance = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("maestro.scheduler.workers must be at least 1, was " + workers);
        }
    }
}
