package io.maestro.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.maestro.common.testsupport.MutableClock;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.provider.SyncConnection;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a run's tracker is told that the run is active: at a step's start, and while a step is still in flight. */
class RunActivityTest {

    private static final Instant START = Instant.parse("2026-12-07T05:00:00Z");
    private static final Duration STALE_AFTER = Duration.ofSeconds(40);
    private static final SyncRun RUN = new SyncRun("run-1", "fake", "64b000000000000000000001", "thing-list", START);
    private static final String DATACENTER = "64b000000000000000000002";

    private final SyncTracker tracker = mock(SyncTracker.class);
    private final MutableClock clock = new MutableClock();
    private final RunActivity activity;

    RunActivityTest() {
        clock.setTo(START);
        RunCache runs = mock(RunCache.class);
        SyncConnection connection = mock(SyncConnection.class);
        when(connection.datacenterId()).thenReturn(DATACENTER);
        when(runs.connection(RUN)).thenReturn(connection);
        activity = new RunActivity(tracker, runs, new DiscoveryProperties(50, "discovery", Duration.ofSeconds(2),
                STALE_AFTER, Duration.ofSeconds(10)), clock);
    }

    /** The heartbeat as the scheduler runs it, every quarter of stale-after, for {@code length}. */
    private void beatFor(Duration length) {
        for (Duration gone = Duration.ZERO; gone.compareTo(length) < 0; gone = gone.plus(STALE_AFTER.dividedBy(4))) {
            clock.advance(STALE_AFTER.dividedBy(4));
            activity.stepsStillInFlight();
        }
    }

    @Test
    void aStepLongerThanStaleAfterKeepsItsRunActiveUntilItEnds() {
        activity.stepStarted(RUN);
        verify(tracker).active(RUN, DATACENTER, START);

        beatFor(STALE_AFTER.multipliedBy(3));

        // never longer than half of stale-after without telling: the watchdog never finds the run stale
        verify(tracker).active(RUN, DATACENTER, START.plus(STALE_AFTER.multipliedBy(3)));
        verify(tracker).active(RUN, DATACENTER, START.plus(STALE_AFTER.multipliedBy(5).dividedBy(2)));
        verify(tracker).active(RUN, DATACENTER, START.plus(STALE_AFTER.dividedBy(2)));

        activity.stepEnded(RUN);
        Instant ended = clock.instant();
        beatFor(STALE_AFTER.multipliedBy(2));

        assertThat(activity.stepsStillInFlight()).isZero();
        verify(tracker, never()).active(eq(RUN), eq(DATACENTER), argThat(at -> at.isAfter(ended)));
    }

    @Test
    void aRunStaysInFlightWhileAnyOfItsStepsIs() {
        activity.stepStarted(RUN);
        activity.stepStarted(RUN);
        activity.stepEnded(RUN);

        assertThat(activity.stepsStillInFlight()).isOne();

        activity.stepEnded(RUN);

        assertThat(activity.stepsStillInFlight()).isZero();
        verify(tracker, times(1)).active(any(), any(), any());
    }
}
