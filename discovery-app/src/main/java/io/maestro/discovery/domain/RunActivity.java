package io.maestro.discovery.domain;

import io.maestro.discovery.config.DiscoveryProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Tells a run's tracker that one of its steps is being handled ({@code active_at}), at most every
 * {@link DiscoveryProperties#activityInterval()} per run and per discovery instance: a run whose steps are still
 * being handled is never taken for interrupted by the {@link SyncWatchdog}, whatever kind of step it is on (a first
 * sync loads for minutes before its first chunk is tracked).
 */
@Component
public class RunActivity {

    private final SyncTracker tracker;
    private final RunCache runs;
    private final DiscoveryProperties properties;
    private final Clock clock;
    private final Map<String, Instant> lastTold = new ConcurrentHashMap<>();

    public RunActivity(SyncTracker tracker, RunCache runs, DiscoveryProperties properties, Clock clock) {
        this.tracker = tracker;
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
    }

    /** A step of {@code run} is about to be handled. */
    public void stepStarted(SyncRun run) {
        Instant now = clock.instant();
        Instant last = lastTold.get(run.runId());
        if (last != null && now.isBefore(last.plus(properties.activityInterval()))) {
            return;
        }
        // of the workers finding it due at once, the one whose write lands tells the tracker
        boolean claimed = last == null ? lastTold.putIfAbsent(run.runId(), now) == null
                : lastTold.replace(run.runId(), last, now);
        if (claimed) {
            tracker.active(run, runs.connection(run).datacenterId(), now);
        }
    }

    /** The run has ended: nothing more to tell for it. */
    public void finished(SyncRun run) {
        lastTold.remove(run.runId());
    }
}
