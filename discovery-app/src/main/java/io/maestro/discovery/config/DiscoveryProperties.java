package io.maestro.discovery.config;

import io.maestro.common.messaging.MaestroQueues;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maestro.discovery.*}.
 *
 * @param translateChunk how many provider items one load step translates and loads ({@code MAESTRO_TRANSLATE_QTD}, 50)
 * @param queue          the queue the sync steps travel on: {@code discovery}; the listener reads the same property
 * @param progressInterval how often, at most, a running sync reports how far it is (from its start; 0 = every chunk)
 * @param staleAfter     how long a run may go without any of its steps starting or being in flight (a step in flight
 *                       tells its run active every quarter of it) before the watchdog, finding no step waiting on the
 *                       queue either, takes it for interrupted (its steps were lost with a broker or a runtime that
 *                       stopped)
 * @param watchdogInterval how often the watchdog looks for interrupted runs (and once at start-up)
 */
@ConfigurationProperties("maestro.discovery")
public record DiscoveryProperties(@DefaultValue("50") int translateChunk,
        @DefaultValue(MaestroQueues.DISCOVERY) String queue,
        @DefaultValue("2s") Duration progressInterval,
        @DefaultValue("40s") Duration staleAfter,
        @DefaultValue("10s") Duration watchdogInterval) {

    public DiscoveryProperties {
        if (translateChunk < 1) {
            throw new IllegalArgumentException(
                    "maestro.discovery.translate-chunk (MAESTRO_TRANSLATE_QTD) must be at least 1, was "
                    + translateChunk);
        }
        if (staleAfter.isNegative() || staleAfter.isZero() || watchdogInterval.isNegative() || watchdogInterval.isZero()) {
            throw new IllegalArgumentException(
                    "maestro.discovery.stale-after and maestro.discovery.watchdog-interval must be positive");
        }
    }

    /**
     * How often a run's tracker is told that one of its steps is being handled (at most, and while a step is in
     * flight): often enough never to look stale.
     */
    public Duration activityInterval() {
        return staleAfter.dividedBy(4);
    }
}
