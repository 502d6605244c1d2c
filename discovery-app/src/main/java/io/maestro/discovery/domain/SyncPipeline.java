package io.maestro.discovery.domain;

import io.maestro.common.http.PeerCallException;
import io.maestro.common.notify.Notice;
import io.maestro.common.notify.NoticeType;
import io.maestro.common.notify.NotificationCallers;
import io.maestro.common.notify.NotificationClient;
import io.maestro.common.web.NotFoundException;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The sync pipeline (0.6 §4.4) as steps on the {@code discovery} queue: setup (here, on the request) → scan (a page per
 * step, each scheduling the next) → load (a chunk of {@code MAESTRO_TRANSLATE_QTD} items translated, loaded and
 * recorded in the tracker, in one step) → cleanup → finish. Ordering rests on the tracker, not on timing: the last page
 * records how many chunks the unit has, every loaded chunk is recorded, and whichever of those writes completes the
 * unit sends its cleanup (both re-read the tracker after writing, so the last writer always sees it complete); likewise
 * the last unit done sends the finish. Every step is idempotent: a redelivered one finds its work recorded and adds
 * nothing.
 */
@Service
public class SyncPipeline {

    /** How the message of a running task begins (the start's and every progress report's); a run that ended says otherwise. */
    public static final String IN_PROGRESS = "In progress.";

    /** The error 0.6 answered for a task its provider does not have. */
    public static final String TASK_NOT_ALLOWED = "This task is not allowed";

    private static final Logger log = LoggerFactory.getLogger(SyncPipeline.class);

    private final ProviderCatalogue catalogue;
    private final ConnectionReader connections;
    private final RunCache runs;
    private final SyncTracker tracker;
    private final RecordLoader loader;
    private final SyncProgress progress;
    private final RunActivity activity;
    private final InventoryRecords data;
    private final StepQueue queue;
    private final ObjectProvider<NotificationClient> notifications;
    private final DiscoveryProperties properties;
    private final Clock clock;
    /** When this discovery-app started: a run begun before it may have lost its audit messages in a restart. */
    private final Instant startedAt;

    public SyncPipeline(ProviderCatalogue catalogue, ConnectionReader connections, RunCache runs, SyncTracker tracker,
            RecordLoader loader, SyncProgress progress, RunActivity activity, InventoryRecords data, StepQueue queue,
            ObjectProvider<NotificationClient> notifications, DiscoveryProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.connections = connections;
        this.runs = runs;
        this.tracker = tracker;
        this.loader = loader;
        this.progress = progress;
        this.activity = activity;
        this.data = data;
        this.queue = queue;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /**
     * Setup: checks the task, resets the connection's tracker of the task and queues a scan per command and region.
     *
     * @throws ValidatorException 422 when the provider or the task is unknown, or the connection is another provider's
     * @throws NotFoundException  when data-app has no such connection
     */
    public SyncRun start(String providerName, String connectionId, String task) {
        DiscoveryProvider provider = catalogue.provider(providerName).orElseThrow(SyncPipeline::taskNotAllowed);
        List<DiscoveryCommand> commands = catalogue.commands(providerName, task)
                .orElseThrow(SyncPipeline::taskNotAllowed);
        SyncConnection connection = connections.read(connectionId);
        if (!provider.services().contains(connection.service())) {
            throw taskNotAllowed();
        }
        List<String> regions = provider.regions(connection);
        List<RunUnit> units = new ArrayList<>();
        for (DiscoveryCommand command : commands) {
            regions.forEach(region -> units.add(new RunUnit(command.name(), region)));
        }
        Instant previousStart = tracker.current(connection.datacenterId(), task, connection.id())
                .map(previous -> previous.run().startedAt()).filter(started -> started.isBefore(this.startedAt))
                .orElse(null);
        SyncRun run = new SyncRun(UUID.randomUUID().toString(), providerName, connection.id(), task, clock.instant(),
                previousStart);
        tracker.start(run, connection.datacenterId(), units);
        data.connectionState(connection.id(), task, "warning", IN_PROGRESS + " " + at(run.startedAt()));
        units.forEach(unit -> queue.publish(new SyncStep.Scan(run, unit, null, 0, 0)));
        if (units.isEmpty()) {
            queue.publish(new SyncStep.Finish(run));
        }
        return run;
    }

    private static ValidatorException taskNotAllowed() {
        return new ValidatorException(ValidationDetail.field("task", "any.allowOnly", TASK_NOT_ALLOWED));
    }

    /** Runs one step; a step of a connection deleted since is dropped (there is nothing left to sync or report). */
    public void handle(SyncStep step) {
        try {
            activity.stepStarted(step.run());
            dispatch(step);
        } catch (NotFoundException gone) {
            log.info("Run {}: step {} dropped: {}", step.run().runId(), step.stepId(), gone.detail());
        } finally {
            activity.stepEnded(step.run());
        }
    }

    /**
     * A step that failed every attempt (it now lies on the dead-letter queue): its unit ends as failed, so the task
     * reports {@code danger} instead of staying "In progress", and the unit deactivates nothing (its seen keys are
     * incomplete). A failed finish writes the failure straight onto the connection.
     */
    public void failedForGood(SyncStep step, String reason) {
        SyncRun run = step.run();
        String message = "the " + step.stage() + " step failed: " + reason;
        RunUnit unit = step.unit();
        if (unit != null) {
            unitFailed(run, unit, message);
        } else {
            data.connectionState(run.connectionId(), run.task(), NoticeType.DANGER.wireName(),
                    message + ". " + at(clock.instant()));
        }
    }

    private void dispatch(SyncStep step) {
        if (step instanceof SyncStep.Scan scan) {
            scan(scan);
        } else if (step instanceof SyncStep.Load load) {
            load(load);
        } else if (step instanceof SyncStep.Cleanup cleanup) {
            cleanup(cleanup);
        } else if (step instanceof SyncStep.Finish finish) {
            finish(finish);
        }
    }

    /**
     * Get one page; its items go out in chunks, its unreadable files and notes are recorded as chunks of their own, then
     * the next page is scheduled or the unit's chunk count recorded.
     */
    private void scan(SyncStep.Scan step) {
        SyncRun run = step.run();
        SyncConnection connection;
        FetchedPage page;
        try {
            connection = connections.readWithCredentials(run.connectionId());
            page = command(run, step.unit()).get(connection, step.unit().region(), step.pageToken());
        } catch (ProviderException refused) {
            unitFailed(run, step.unit(), refused.getMessage());
            return;
        } catch (NotFoundException | PeerCallException e) {
            throw e;
        } catch (RuntimeException unexpected) {
            // a provider SDK failure it did not turn into a ProviderException: shown without its text, logged in full
            log.error("Run {}: {} failed unexpectedly", run.runId(), step.unit(), unexpected);
            unitFailed(run, step.unit(),
                    "Unexpected " + unexpected.getClass().getSimpleName() + " while reading the provider");
            return;
        }
        List<List<Map<String, Object>>> chunks = chunks(page.items());
        for (int index = 0; index < chunks.size(); index++) {
            queue.publish(new SyncStep.Load(run, step.unit(), step.chunksBefore() + index, chunks.get(index)));
        }
        int chunksSoFar = step.chunksBefore() + chunks.size();
        String datacenterId = connection.datacenterId();
        for (String unreadable : page.unreadable()) {
            // counted as a chunk that loaded nothing and failed: the unit reads on, then ends failed without cleanup
            tracker.chunkLoaded(run, datacenterId, step.unit(), chunksSoFar++, LoadOutcome.unreadable(unreadable));
        }
        if (!page.notes().isEmpty()) {
            tracker.chunkLoaded(run, datacenterId, step.unit(), chunksSoFar++, LoadOutcome.noted(page.notes()));
        }
        if (page.hasNext()) {
            queue.publish(new SyncStep.Scan(run, step.unit(), page.nextToken(), step.page() + 1, chunksSoFar));
        } else {
            tracker.chunksCounted(run, datacenterId, step.unit(), chunksSoFar);
            cleanupWhenLoaded(run, datacenterId, step.unit());
        }
    }

    private List<List<Map<String, Object>>> chunks(List<Map<String, Object>> items) {
        List<List<Map<String, Object>>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += properties.translateChunk()) {
            chunks.add(items.subList(from, Math.min(items.size(), from + properties.translateChunk())));
        }
        return chunks;
    }

    /**
     * Load a chunk: translate its items (those the provider's translation cannot read are left out, never half-stored),
     * check and load the records, and record the chunk in the tracker; the last chunk of a unit sends its cleanup. One
     * step, where translate, load and tracker used to be three queue hops with a connection read each.
     */
    private void load(SyncStep.Load step) {
        SyncRun run = step.run();
        SyncConnection connection = runs.connection(run);
        if (replaced(run, connection)) {
            log.info("Run {}: {} chunk {} not loaded: a newer run of {} has started", run.runId(), step.unit(),
                    step.chunk(), run.task());
            return;
        }
        DiscoveryCommand command = command(run, step.unit());
        List<Map<String, Object>> records = translate(step, command,
                new TranslationContext(connection, step.unit().region(), clock.instant(), runs.lookups(run)));
        CommandTarget target = command.target();
        DiscoveredRecords.Checked checked = DiscoveredRecords.check(target, records);
        if (!checked.invalid().isEmpty()) {
            log.warn("Run {}: {} chunk {}: {} of {} translated records left out: {}", run.runId(), step.unit(),
                    step.chunk(), checked.invalid().size(), records.size(), checked.invalid());
        }
        LoadOutcome outcome;
        try {
            // every record the run sees is stamped with the run's start: the cleanup tells the unseen ones by an older stamp
            outcome = loader.load(step.stepId(), connection, target, checked.valid(), run.startedAt(), run.previousStart())
                    .withFailures(checked.invalid());
        } catch (ProviderException refused) {
            outcome = LoadOutcome.failed(refused.getMessage());
        }
        tracker.chunkLoaded(run, connection.datacenterId(), step.unit(), step.chunk(), outcome);
        progress.chunkLoaded(run, connection);
        cleanupWhenLoaded(run, connection.datacenterId(), step.unit());
    }

    private List<Map<String, Object>> translate(SyncStep.Load step, DiscoveryCommand command,
            TranslationContext context) {
        try {
            return command.translate(step.items(), context);
        } catch (PeerCallException e) {
            throw e;
        } catch (RuntimeException wholeChunk) {
            return translateOneByOne(step, command, context);
        }
    }

    private List<Map<String, Object>> translateOneByOne(SyncStep.Load step, DiscoveryCommand command,
            TranslationContext context) {
        List<Map<String, Object>> records = new ArrayList<>();
        int skipped = 0;
        for (Map<String, Object> item : step.items()) {
            try {
                records.addAll(command.translate(List.of(item), context));
            } catch (PeerCallException e) {
                throw e;
            } catch (RuntimeException unreadable) {
                skipped++;
                log.warn("Run {}: {} chunk {}: skipped an item the translation cannot read ({})", step.run().runId(),
                        step.unit(), step.chunk(), unreadable.getClass().getSimpleName());
            }
        }
        if (skipped > 0) {
            log.warn("Run {}: {} chunk {}: {} of {} items skipped", step.run().runId(), step.unit(), step.chunk(),
                    skipped, step.items().size());
        }
        return records;
    }

    /**
     * Whether a newer run of the task holds the tracker (the scheduler's run and a user's Run overlapping). Loading this
     * run's records would stamp them older than the newer run saw them, and the newer run's cleanup would then take
     * them for gone.
     */
    private boolean replaced(SyncRun run, SyncConnection connection) {
        return tracker.currentRunId(connection.datacenterId(), run.task(), run.connectionId())
                .map(current -> !current.equals(run.runId()))
                .orElse(false);
    }

    private void cleanupWhenLoaded(SyncRun run, String datacenterId, RunUnit unit) {
        if (tracker.unitComplete(run, datacenterId, unit)) {
            queue.publish(new SyncStep.Cleanup(run, unit));
        }
    }

    /**
     * Deactivates what this connection found before in this unit's region and target but not in this run (0.6's
     * "last"), keeping its {@code last_seen_at} (compatibility.md D2). Every record this run saw carries the run's start as
     * {@code last_seen_at}, so the unseen ones are those stamped earlier (or never): one pass over the connection's
     * records, where a {@code $nin} of every seen key compared each record with each key and timed out from about
     * 20,000 records on the embedded store. Runs only once every chunk of the unit is loaded; a unit with a refused
     * write deactivates nothing.
     */
    private void cleanup(SyncStep.Cleanup step) {
        SyncRun run = step.run();
        SyncConnection connection = connections.read(run.connectionId());
        RunUnit unit = step.unit();
        SyncTracker.UnitState state = tracker.unitState(run, connection.datacenterId(), unit).orElse(null);
        if (state == null) {
            log.info("Run {} was replaced by a newer run of the task; its cleanup of {} is dropped", run.runId(), unit);
            return;
        }
        if (!state.failures().isEmpty() || !state.unreadable().isEmpty()) {
            List<String> reasons = new ArrayList<>(state.unreadable());
            if (!state.failures().isEmpty()) {
                reasons.add(DiscoveredRecords.notLoaded(state.failures()));
            }
            unitFailed(run, unit, String.join("; ", reasons));
            return;
        }
        CommandTarget target = command(run, unit).target();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("accountant", connection.id());
        query.put("datacenters._id", connection.datacenterId());
        query.put("roles._id", connection.ownerId());
        query.put("active", true);
        if (!"all".equals(unit.region())) {
            query.put("datacenters.region", unit.region());
        }
        if (target.family() != null) {
            query.put("family", target.family());
        }
        if (target.provider() != null) {
            query.put("provider", target.provider());
        }
        String runStart = run.startedAt().toString();
        query.put("$or", List.of(Map.of("last_seen_at", Map.of("$lt", runStart)),
                Map.of("last_seen_at", Map.of("$exists", false))));
        long deactivated = data.updateMany(target.entity(), query, Map.of("active", false));
        tracker.unitDone(run, connection.datacenterId(), unit, deactivated, null);
        finishWhenDone(run, connection.datacenterId());
    }

    private void unitFailed(SyncRun run, RunUnit unit, String message) {
        log.warn("Run {}: {} failed: {}", run.runId(), unit, message);
        String datacenterId = connections.read(run.connectionId()).datacenterId();
        tracker.unitDone(run, datacenterId, unit, 0, unit + ": " + message);
        finishWhenDone(run, datacenterId);
    }

    private void finishWhenDone(SyncRun run, String datacenterId) {
        if (tracker.runComplete(run, datacenterId)) {
            queue.publish(new SyncStep.Finish(run));
        }
    }

    /** The task's state on the connection ({@code process.<task>}) and a notification to the connection's owner. */
    private void finish(SyncStep.Finish step) {
        SyncRun run = step.run();
        progress.finished(run);
        activity.finished(run);
        runs.forget(run);
        SyncConnection connection = connections.read(run.connectionId());
        SyncTracker.RunState state = tracker.runState(run, connection.datacenterId()).orElse(null);
        if (state == null) {
            log.info("Run {} was replaced by a newer run of the task; its finish is dropped", run.runId());
            return;
        }
        NoticeType type;
        String message;
        if (!state.failures().isEmpty()) {
            type = NoticeType.DANGER;
            message = String.join("; ", state.failures()) + ".";
        } else if (state.created() + state.changed() + state.unchanged() == 0) {
            // as 0.6: nothing found is worth a look (a wrong path, an empty account), though not a failure
            type = NoticeType.WARNING;
            message = "Empty result. " + state.deactivated() + " deactivated.";
        } else {
            type = NoticeType.SUCCESS;
            message = "Success. " + state.created() + " created, " + state.changed() + " updated, " + state.unchanged()
                    + " unchanged, " + state.deactivated() + " deactivated.";
        }
        if (!state.notes().isEmpty()) {
            message = message + " " + String.join(" ", state.notes());
        }
        data.connectionState(connection.id(), run.task(), type.wireName(), message + " " + at(clock.instant()));
        notifyEnded(connection, run, type);
    }

    /** The run's end, told to the connection's owner: a toast and the dashboards read the connection again. */
    void notifyEnded(SyncConnection connection, SyncRun run, NoticeType type) {
        if (connection.ownerId() != null) {
            notifications.ifAvailable(client -> client.publish(connection.ownerId(),
                    new Notice(String.valueOf(connection.datacenterName()),
                            "Finish Sync - [" + connection.provider() + "] " + run.task(), type),
                    NotificationCallers.connection(connection.id())));
        }
    }

    private DiscoveryCommand command(SyncRun run, RunUnit unit) {
        return catalogue.command(run.provider(), run.task(), unit.command()).orElseThrow(() -> new IllegalStateException(
                "Provider " + run.provider() + " has no command " + unit.command() + " in task " + run.task()));
    }

    static String at(Instant time) {
        return "At " + time.truncatedTo(ChronoUnit.SECONDS);
    }
}
