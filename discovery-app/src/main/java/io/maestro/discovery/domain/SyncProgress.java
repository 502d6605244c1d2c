package io.maestro.discovery.domain;

import io.maestro.common.notify.NotificationCallers;
import io.maestro.common.notify.NotificationClient;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.provider.SyncConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * How far a running sync is, for its owner: at most every {@code maestro.discovery.progress-interval} (2 s) from the
 * run's start, per run and per discovery instance, the task's message on the connection says how many records are
 * loaded so far, and the owner's dashboards are told to read the connection again (an event, no toast). A first sync
 * of 100,000 servers takes minutes; without this it says "In progress" and nothing more until the end.
 */
@Component
public class SyncProgress {

    private final SyncTracker tracker;
    private final InventoryRecords data;
    private final ObjectProvider<NotificationClient> notifications;
    private final DiscoveryProperties properties;
    private final Clock clock;
    private final Map<String, Instant> lastReported = new ConcurrentHashMap<>();

    public SyncProgress(SyncTracker tracker, InventoryRecords data, ObjectProvider<NotificationClient> notifications,
            DiscoveryProperties properties, Clock clock) {
        this.tracker = tracker;
        this.data = data;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** After a chunk is recorded as loaded: reports the run's totals when the interval has passed since the last report. */
    public void chunkLoaded(SyncRun run, SyncConnection connection) {
        if (!claimReport(run)) {
            return;
        }
        tracker.runState(run, connection.datacenterId()).ifPresent(state -> {
            int loaded = state.created() + state.changed() + state.unchanged();
            data.runningTaskMessage(connection.id(), run.task(), SyncPipeline.IN_PROGRESS + " " + loaded + " loaded: " + state.created()
                    + " created, " + state.changed() + " updated, " + state.unchanged() + " unchanged. Started at "
                    + run.startedAt().truncatedTo(ChronoUnit.SECONDS));
            if (connection.ownerId() != null) {
                notifications.ifAvailable(client -> client.publishEvents(connection.ownerId(),
                        NotificationCallers.connection(connection.id())));
            }
        });
    }

    /** The run has ended: nothing more to report for it. */
    public void finished(SyncRun run) {
        lastReported.remove(run.runId());
    }

    /** Whether this call is the one to report now; the first report is due one interval after the run's start. */
    private boolean claimReport(SyncRun run) {
        Instant now = clock.instant();
        Instant last = lastReported.get(run.runId());
        if (now.isBefore((last == null ? run.startedAt() : last).plus(properties.progressInterval()))) {
            return false;
        }
        // of the workers finding it due at once, the one whose write lands reports
        return last == null ? lastReported.putIfAbsent(run.runId(), now) == null
                : lastReported.replace(run.runId(), last, now);
    }
}
