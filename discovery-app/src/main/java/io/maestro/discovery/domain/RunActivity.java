package io.maestro.discovery.domain;

import io.maestro.discovery.config.DiscoveryProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Tells a run's tracker that one of its steps is being handled ({@code active_at}), at most every
 * {@link DiscoveryProperties#activityInterval()} per run and per discovery instance: when a step starts, and again
 * every interval while it is still in flight (a page request to a slow provider, a chunk loading on a loaded machine).
 * A run whose steps are being handled is so never taken for interrupted by the {@link SyncWatchdog}, however long one
 * step takes; a run whose instance died stops being told and ends as interrupted.
 */
@Component
public class RunActivity implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RunActivity.class);

    private final SyncTracker tracker;
    private final RunCache runs;
    private final DiscoveryProperties properties;
    private final Clock clock;
    private final Map<String, Instant> lastTold = new ConcurrentHashMap<>();
    /** The runs this instance's workers are handling a step of, with how many steps each. */
    private final Map<String, InFlight> inFlight = new ConcurrentHashMap<>();

    private record InFlight(SyncRun run, int steps) {
    }

    public RunActivity(SyncTracker tracker, RunCache runs, DiscoveryProperties properties, Clock clock) {
        this.tracker = tracker;
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
    }

    /** Every {@link DiscoveryProperties#activityInterval()}, the runs with a step in flight are told active. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedRateTask(this::stepsStillInFlight, properties.activityInterval());
    }

    /** A step of {@code run} is about to be handled; {@link #stepEnded} must follow. */
    public void stepStarted(SyncRun run) {
        inFlight.merge(run.runId(), new InFlight(run, 1), (held, added) -> new InFlight(held.run(), held.steps() + 1));
        tell(run);
    }

    /** A step of {@code run} has been handled, whatever its outcome. */
    public void stepEnded(SyncRun run) {
        inFlight.computeIfPresent(run.runId(), (id, held) -> held.steps() > 1
                ? new InFlight(held.run(), held.steps() - 1) : null);
    }

    /** Tells the tracker of every run with a step still in flight in this instance; answers how many runs. */
    public int stepsStillInFlight() {
        List<SyncRun> handled = inFlight.values().stream().map(InFlight::run).toList();
        for (SyncRun run : handled) {
            try {
                tell(run);
            } catch (RuntimeException unavailable) {
                // data-app away for a moment: the next beat tells it, well before the run looks stale
                log.debug("Telling run {}'s tracker it is active failed: {}", run.runId(), unavailable.toString());
            }
        }
        return handled.size();
    }

    /** The run has ended: nothing more to tell for it. */
    public void finished(SyncRun run) {
        lastTold.remove(run.runId());
    }

    private void tell(SyncRun run) {
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
}
