package io.maestro.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.maestro.common.notify.NoticeType;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.SyncConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** Which runs the watchdog ends, and how; data-app, the tracker and the queue faked. */
class SyncWatchdogTest {

    private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    private static final String CONNECTION = "64b000000000000000000001";
    private static final String DATACENTER = "64b000000000000000000002";
    private static final String RUNNING = "In progress. 40 loaded: 40 created, 0 updated, 0 unchanged. Started at x";
    private static final SyncRun RUN = new SyncRun("run-1", "fake", CONNECTION, "thing-list", NOW.minusSeconds(300));
    private static final SyncTracker.RunState HALF_LOADED = new SyncTracker.RunState(40, 0, 0, 0, List.of());

    private final InventoryRecords data = mock(InventoryRecords.class);
    private final SyncTracker tracker = mock(SyncTracker.class);
    private final SyncPipeline pipeline = mock(SyncPipeline.class);
    private final ConnectionReader connections = mock(ConnectionReader.class);
    private final RunRelisting relisting = mock(RunRelisting.class);
    private final List<SyncStep> published = new ArrayList<>();
    private boolean stepsWaiting;
    private final SyncWatchdog watchdog;

    SyncWatchdogTest() {
        DiscoveryProvider provider = FakeProvider.running();
        StepQueue queue = new StepQueue() {
            @Override
            public void publish(SyncStep step) {
                published.add(step);
            }

            @Override
            public boolean hasWaitingSteps() {
                return stepsWaiting;
            }
        };
        watchdog = new SyncWatchdog(new ProviderCatalogue(List.of(provider)), connections, tracker, pipeline, data, queue,
                relisting, new DiscoveryProperties(50, "discovery", Duration.ofSeconds(2), Duration.ofSeconds(40),
                        Duration.ofSeconds(10)), Clock.fixed(NOW, ZoneOffset.UTC));
        when(data.updateMany(eq("connections"), anyMap(), anyMap())).thenReturn(1L);
    }

    private void taskSays(String state, String msg) {
        when(data.findAll(eq("connections"), anyMap())).thenReturn(List.of(Map.of("_id", CONNECTION, "dc_id", DATACENTER,
                "process", Map.of("thing-list", Map.of("state", state, "msg", msg)))));
    }

    private void trackerHolds(Instant lastActive, boolean complete) {
        when(tracker.current(DATACENTER, "thing-list", CONNECTION))
                .thenReturn(Optional.of(new SyncTracker.TrackedRun(RUN, lastActive, complete, HALF_LOADED)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRunWithoutActivityOrWaitingStepsEndsInterruptedWhileItsTaskStillSaysWhatWasRead() {
        taskSays("warning", RUNNING);
        trackerHolds(NOW.minusSeconds(41), false);
        SyncConnection connection = mock(SyncConnection.class);
        when(connections.read(CONNECTION)).thenReturn(connection);

        assertThat(watchdog.endInterruptedRuns()).isOne();

        ArgumentCaptor<Map<String, Object>> query = ArgumentCaptor.forClass(Map.class);
        ArgumentCaptor<Map<String, Object>> update = ArgumentCaptor.forClass(Map.class);
        verify(data).updateMany(eq("connections"), query.capture(), update.capture());
        assertThat(query.getValue()).containsEntry("_id", CONNECTION)
                .containsEntry("process.thing-list.state", "warning").containsEntry("process.thing-list.msg", RUNNING);
        assertThat(update.getValue()).containsEntry("process.thing-list.state", "danger");
        assertThat((String) update.getValue().get("process.thing-list.msg")).isEqualTo(
                "Interrupted by a restart — run it again. 40 loaded before: 40 created, 0 updated, 0 unchanged. "
                        + "At 2026-12-07T05:00:00Z");
        verify(pipeline).notifyEnded(connection, RUN, NoticeType.DANGER);
        assertThat(published).isEmpty();
        verify(relisting).relist(RUN, connection);
    }

    @Test
    void aRunWhoseOnlyFinishWasLostGetsItAgainAndItsRecordsListedAgain() {
        taskSays("warning", RUNNING);
        trackerHolds(NOW.minusSeconds(60), true);
        SyncConnection connection = mock(SyncConnection.class);
        when(connections.read(CONNECTION)).thenReturn(connection);

        assertThat(watchdog.endInterruptedRuns()).isOne();

        assertThat(published).containsExactly(new SyncStep.Finish(RUN));
        verify(data, never()).updateMany(eq("connections"), anyMap(), anyMap());
        verify(relisting).relist(RUN, connection);
    }

    @Test
    void everyRunALookFindsIsEndedBeforeAnyIsListedAgain() {
        String otherConnection = "64b000000000000000000011";
        SyncRun otherRun = new SyncRun("run-2", "fake", otherConnection, "thing-list", NOW.minusSeconds(300));
        when(data.findAll(eq("connections"), anyMap())).thenReturn(List.of(
                Map.of("_id", CONNECTION, "dc_id", DATACENTER,
                        "process", Map.of("thing-list", Map.of("state", "warning", "msg", RUNNING))),
                Map.of("_id", otherConnection, "dc_id", DATACENTER,
                        "process", Map.of("thing-list", Map.of("state", "warning", "msg", RUNNING)))));
        trackerHolds(NOW.minusSeconds(41), false);
        when(tracker.current(DATACENTER, "thing-list", otherConnection))
                .thenReturn(Optional.of(new SyncTracker.TrackedRun(otherRun, NOW.minusSeconds(41), false, HALF_LOADED)));
        SyncConnection connection = mock(SyncConnection.class);
        when(connections.read(anyString())).thenReturn(connection);

        assertThat(watchdog.endInterruptedRuns()).isEqualTo(2);

        InOrder order = inOrder(data, relisting);
        order.verify(data, times(2)).updateMany(eq("connections"), anyMap(), anyMap());
        order.verify(relisting).relist(RUN, connection);
        order.verify(relisting).relist(otherRun, connection);
    }

    @Test
    void aRelistingThatFailsLeavesTheRunEnded() {
        taskSays("warning", RUNNING);
        trackerHolds(NOW.minusSeconds(41), false);
        SyncConnection connection = mock(SyncConnection.class);
        when(connections.read(CONNECTION)).thenReturn(connection);
        when(relisting.relist(RUN, connection)).thenThrow(new IllegalStateException("broker away"));

        assertThat(watchdog.endInterruptedRuns()).isOne();

        verify(data).updateMany(eq("connections"), anyMap(), anyMap());
        verify(pipeline).notifyEnded(connection, RUN, NoticeType.DANGER);
    }

    @Test
    void aRunWithRecentActivityIsLeftAlone() {
        taskSays("warning", RUNNING);
        trackerHolds(NOW.minusSeconds(39), false);

        assertThat(watchdog.endInterruptedRuns()).isZero();

        verify(data, never()).updateMany(eq("connections"), anyMap(), anyMap());
        assertThat(published).isEmpty();
        verify(relisting, never()).relist(any(), any());
    }

    @Test
    void nothingIsEndedWhileStepsWaitOnTheQueue() {
        stepsWaiting = true;
        taskSays("warning", RUNNING);
        trackerHolds(NOW.minusSeconds(600), false);

        assertThat(watchdog.endInterruptedRuns()).isZero();

        verify(data, never()).findAll(anyString(), anyMap());
    }

    @Test
    void anEmptyResultIsAnEndedRunThoughItsStateIsWarning() {
        taskSays("warning", "Empty result. 0 deactivated. At 2026-12-07T04:00:00Z");

        assertThat(watchdog.endInterruptedRuns()).isZero();

        verify(tracker, never()).current(anyString(), anyString(), anyString());
    }

    @Test
    void aTaskThatEndedMeanwhileKeepsItsState() {
        taskSays("warning", RUNNING);
        trackerHolds(NOW.minusSeconds(41), false);
        when(data.updateMany(eq("connections"), anyMap(), anyMap())).thenReturn(0L);

        assertThat(watchdog.endInterruptedRuns()).isZero();

        verify(pipeline, never()).notifyEnded(any(), any(), any());
        verify(relisting, never()).relist(any(), any());
    }
}
