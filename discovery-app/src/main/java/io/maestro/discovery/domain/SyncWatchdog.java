package io.maestro.discovery.domain;

import io.maestro.common.notify.NoticeType;
import io.maestro.common.web.NotFoundException;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.provider.SyncConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Ends the runs whose steps were lost, so that no task says "In progress" forever (compatibility.md D27): the standalone
 * runtime's broker keeps messages in memory, so a crash of the runtime loses the steps of every run under way (a
 * broker that keeps its queues redelivers them to the next discovery, and the run goes on). Run at start-up and every
 * {@code maestro.discovery.watchdog-interval}: a task still in progress whose run has had no step handled for
 * {@code maestro.discovery.stale-after}, while no step waits on the queue, has lost its steps. It ends in
 * {@code danger} "Interrupted by a restart — run it again", unless only its finish was left, which is then sent
 * again. A rerun starts afresh and duplicates nothing (records are matched by their key). Should the run's steps
 * turn up after all, it still ends with its real outcome. The same crash may have lost the audit messages of the chunks
 * the run had loaded: once the run is ended, the records it stamped are listed again ({@link RunRelisting}) and
 * audit-app records the history they lack.
 */
@Component
public class SyncWatchdog implements SchedulingConfigurer {

    /** The start of the message of an interrupted run. */
    public static final String INTERRUPTED = "Interrupted by a restart — run it again.";

    private static final Logger log = LoggerFactory.getLogger(SyncWatchdog.class);
    private static final String CONNECTIONS = "connections";

    private final ProviderCatalogue catalogue;
    private final ConnectionReader connections;
    private final SyncTracker tracker;
    private final SyncPipeline pipeline;
    private final InventoryRecords data;
    private final StepQueue queue;
    private final RunRelisting relisting;
    private final DiscoveryProperties properties;
    private final Clock clock;

    public SyncWatchdog(ProviderCatalogue catalogue, ConnectionReader connections, SyncTracker tracker,
            SyncPipeline pipeline, InventoryRecords data, StepQueue queue, RunRelisting relisting,
            DiscoveryProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.connections = connections;
        this.tracker = tracker;
        this.pipeline = pipeline;
        this.data = data;
        this.queue = queue;
        this.relisting = relisting;
        this.properties = properties;
        this.clock = clock;
    }

    /** At start-up, then every {@code maestro.discovery.watchdog-interval}. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::endInterruptedRuns, properties.watchdogInterval());
    }

    /** One look: ends every run found interrupted; answers how many. A failure (data-app not up yet) waits for the next. */
    public int endInterruptedRuns() {
        try {
            return sweep();
        } catch (RuntimeException unavailable) {
            log.warn("Looking for interrupted syncs failed; trying again in {}: {}", properties.watchdogInterval(),
                    unavailable.toString());
            return 0;
        }
    }

    private int sweep() {
        if (queue.hasWaitingSteps()) {
            return 0;
        }
        List<Object> running = catalogue.taskNames().stream()
                .<Object>map(task -> Map.of("process." + task + ".state", NoticeType.WARNING.wireName())).toList();
        if (running.isEmpty()) {
            return 0;
        }
        Instant staleBefore = clock.instant().minus(properties.staleAfter());
        List<SyncRun> ended = new ArrayList<>();
        try {
            for (Map<String, Object> connection : data.findAll(CONNECTIONS, Map.of("$or", running))) {
                Map<String, Object> process = map(connection.get("process"));
                for (String task : catalogue.taskNames()) {
                    Map<String, Object> state = map(process.get(task));
                    if (NoticeType.WARNING.wireName().equals(state.get("state"))
                            && String.valueOf(state.get("msg")).startsWith(SyncPipeline.IN_PROGRESS)) {
                        end(String.valueOf(connection.get("_id")), String.valueOf(connection.get("dc_id")), task,
                                String.valueOf(state.get("msg")), staleBefore).ifPresent(ended::add);
                    }
                }
            }
        } finally {
            // once every run found is ended: a long relisting delays no other run's end
            ended.forEach(this::relistHistory);
        }
        return ended.size();
    }

    /** Ends the connection's run of {@code task} if it is stale; the run it ended. */
    private Optional<SyncRun> end(String connectionId, String datacenterId, String task, String runningMessage,
            Instant staleBefore) {
        SyncTracker.TrackedRun tracked = tracker.current(datacenterId, task, connectionId).orElse(null);
        if (tracked == null || !tracked.lastActive().isBefore(staleBefore)) {
            return Optional.empty();
        }
        SyncRun run = tracked.run();
        if (tracked.complete()) {
            log.warn("Run {} of {} on connection {}: every unit is done but its finish was lost; sending it again",
                    run.runId(), task, connectionId);
            queue.publish(new SyncStep.Finish(run));
            return Optional.of(run);
        }
        return endInterrupted(tracked, task, runningMessage) ? Optional.of(run) : Optional.empty();
    }

    /** Ends the run {@code danger} "Interrupted…" if its task still says {@code runningMessage}; whether it did. */
    private boolean endInterrupted(SyncTracker.TrackedRun tracked, String task, String runningMessage) {
        SyncRun run = tracked.run();
        String connectionId = run.connectionId();
        SyncTracker.RunState loaded = tracked.state();
        String message = INTERRUPTED + " " + loaded.loaded() + " loaded before: " + loaded.created() + " created, "
                + loaded.changed() + " updated, " + loaded.unchanged() + " unchanged. "
                + SyncPipeline.at(clock.instant());
        // only while the task still says what this look read: a run that ended or was started meanwhile keeps its state
        Map<String, Object> unchangedSince = new LinkedHashMap<>();
        unchangedSince.put("_id", connectionId);
        unchangedSince.put("process." + task + ".state", NoticeType.WARNING.wireName());
        unchangedSince.put("process." + task + ".msg", runningMessage);
        Map<String, Object> interrupted = new LinkedHashMap<>();
        interrupted.put("process." + task + ".state", NoticeType.DANGER.wireName());
        interrupted.put("process." + task + ".msg", message);
        interrupted.put("process." + task + ".updated_at", clock.instant().toString());
        if (data.updateMany(CONNECTIONS, unchangedSince, interrupted) == 0) {
            return false;
        }
        log.warn("Run {} of {} on connection {}: no step handled since {} and none waiting; ended as interrupted",
                run.runId(), task, connectionId, tracked.lastActive());
        try {
            SyncConnection connection = connections.read(connectionId);
            pipeline.notifyEnded(connection, run, NoticeType.DANGER);
        } catch (NotFoundException gone) {
            log.info("Connection {} was deleted meanwhile; nobody to tell", connectionId);
        }
        return true;
    }

    /**
     * Lists the records the run stamped again, for the history whose messages were lost with its steps. After the
     * run's end, so that it ends in time however many records it stamped; should this fail or be cut short by another
     * crash, the records the task's next run sees again are listed by it (docs/discovery.md, "Audit").
     */
    private void relistHistory(SyncRun run) {
        try {
            int listed = relisting.relist(run, connections.read(run.connectionId()));
            log.info("Run {} of {} on connection {}: {} records it stamped listed again for their history",
                    run.runId(), run.task(), run.connectionId(), listed);
        } catch (NotFoundException gone) {
            log.info("Connection {} was deleted meanwhile; its records are not listed again", run.connectionId());
        } catch (RuntimeException failed) {
            log.warn("Run {} of {} on connection {}: listing its records again for their history failed: {}",
                    run.runId(), run.task(), run.connectionId(), failed.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
