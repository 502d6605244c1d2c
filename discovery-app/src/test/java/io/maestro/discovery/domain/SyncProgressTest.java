package io.maestro.discovery.domain;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.maestro.common.notify.NotificationCallers;
import io.maestro.common.notify.NotificationClient;
import io.maestro.common.testsupport.MutableClock;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.provider.SyncConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

class SyncProgressTest {

    private static final Instant START = Instant.parse("2026-11-28T09:00:00.400Z");
    private static final SyncRun RUN = new SyncRun("run-1", "aws", "conn-1", "server-list", START);
    private static final String CONNECTION_ID = "6a1b2c3d4e5f6a7b8c9d0e1f";

    private final SyncTracker tracker = mock(SyncTracker.class);
    private final InventoryRecords data = mock(InventoryRecords.class);
    private final NotificationClient notifications = mock(NotificationClient.class);
    private final SyncConnection connection = new SyncConnection(CONNECTION_ID, "Production AWS", "AWS", "iam_aws",
            "AWS - Virginia", "dc-1", List.of(), null, null, Map.of("_id", "owner-1"), List.of(), Map.of());
    private final MutableClock clock = new MutableClock();
    private SyncProgress progress;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        ObjectProvider<NotificationClient> provider = mock(ObjectProvider.class);
        doAnswer(call -> {
            ((Consumer<NotificationClient>) call.getArgument(0)).accept(notifications);
            return null;
        }).when(provider).ifAvailable(any());
        progress = new SyncProgress(tracker, data, provider,
                new DiscoveryProperties(50, "discovery", Duration.ofSeconds(2), Duration.ofSeconds(40), Duration.ofSeconds(10)), clock);
        when(tracker.runState(RUN, "dc-1")).thenReturn(Optional.of(new SyncTracker.RunState(1200, 30, 270, 0, List.of())));
    }

    @Test
    void reportsTheLoadedTotalsOnceAnIntervalHasPassedSinceTheStartThenAtMostOnceAnInterval() {
        clock.setTo(START.plusMillis(1900));
        progress.chunkLoaded(RUN, connection);
        verify(data, never()).runningTaskMessage(anyString(), anyString(), anyString());

        clock.setTo(START.plusSeconds(2));
        progress.chunkLoaded(RUN, connection);
        verify(data).runningTaskMessage(CONNECTION_ID, "server-list",
                "In progress. 1500 loaded: 1200 created, 30 updated, 270 unchanged. Started at 2026-11-28T09:00:00Z");
        verify(notifications).publishEvents("owner-1", NotificationCallers.connection(CONNECTION_ID));

        clock.setTo(START.plusMillis(3900));
        progress.chunkLoaded(RUN, connection);
        verify(data, times(1)).runningTaskMessage(anyString(), anyString(), anyString());

        clock.setTo(START.plusSeconds(4));
        progress.chunkLoaded(RUN, connection);
        verify(data, times(2)).runningTaskMessage(eq(CONNECTION_ID), eq("server-list"), anyString());
    }

    @Test
    void aFinishedRunStartsOverFromItsStart() {
        clock.setTo(START.plusSeconds(2));
        progress.chunkLoaded(RUN, connection);
        progress.finished(RUN);
        clock.setTo(START.plusMillis(2500));

        progress.chunkLoaded(RUN, connection);

        verify(data, times(2)).runningTaskMessage(anyString(), anyString(), anyString());
    }
}
