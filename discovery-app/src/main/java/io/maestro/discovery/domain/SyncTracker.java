package io.maestro.discovery.domain;

import io.maestro.common.inventory.Inventory;
import io.maestro.common.web.ProcessException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The progress of a run, kept on the connection's datacenter as in 0.6 ({@code tracker.<task>.<connection>}), through
 * data-app. Every write is conditional on the run id, so steps of an older run of the same task change nothing, and
 * on what it records not being there yet, so a redelivered step changes nothing either.
 *
 * <pre>
 * tracker.&lt;task&gt;.&lt;connection&gt; = {run_id, provider, started_at, active_at, units_total, done: [unit], failures: [text],
 *     units: {&lt;unit&gt;: {chunks_total, loaded: [chunk], created, changed, unchanged, deactivated,
 *                        failures: [text]}}}
 * </pre>
 *
 * A unit is complete when it has as many loaded chunks as its last page counted; a run when every unit is done.
 * {@code active_at} is the last time a step of the run was being handled, for the {@link SyncWatchdog}.
 */
@Component
public class SyncTracker {

    private static final String DATACENTERS = Inventory.DATACENTERS.collection();

    private final InventoryRecords data;

    public SyncTracker(InventoryRecords data) {
        this.data = data;
    }

    /** The state of a run's unit, read back from the datacenter. */
    public record UnitState(int created, int changed, int unchanged, int deactivated, List<String> failures,
            List<String> unreadable) {

        public UnitState {
            unreadable = unreadable == null ? List.of() : List.copyOf(unreadable);
        }

        public UnitState(int created, int changed, int unchanged, int deactivated, List<String> failures) {
            this(created, changed, unchanged, deactivated, failures, List.of());
        }
    }

    /** The state of a run, read back from the datacenter. */
    public record RunState(int created, int changed, int unchanged, int deactivated, List<String> failures,
            List<String> notes) {

        public RunState {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        public RunState(int created, int changed, int unchanged, int deactivated, List<String> failures) {
            this(created, changed, unchanged, deactivated, failures, List.of());
        }

        public int loaded() {
            return created + changed + unchanged;
        }
    }

    /**
     * The run a connection's tracker of a task holds.
     *
     * @param lastActive when a step of it was last being handled (its start when none was yet)
     * @param complete   every unit is done: only the finish is left
     */
    public record TrackedRun(SyncRun run, Instant lastActive, boolean complete, RunState state) {
    }

    /**
     * Replaces the connection's tracker of {@code task} with a fresh one for {@code run}.
     *
     * @throws ProcessException when the connection's datacenter does not exist
     */
    public void start(SyncRun run, String datacenterId, List<RunUnit> units) {
        Map<String, Object> unitStates = new LinkedHashMap<>();
        for (RunUnit unit : units) {
            unitStates.put(unit.trackerKey(), new LinkedHashMap<>(Map.of("loaded", List.of(),
                    "created", 0, "changed", 0, "unchanged", 0, "deactivated", 0, "failures", List.of())));
        }
        Map<String, Object> tracker = new LinkedHashMap<>();
        tracker.put("run_id", run.runId());
        tracker.put("provider", run.provider());
        tracker.put("started_at", run.startedAt().toString());
        tracker.put("active_at", run.startedAt().toString());
        tracker.put("units_total", units.size());
        tracker.put("done", List.of());
        tracker.put("failures", List.of());
        tracker.put("units", unitStates);
        long matched = data.updateMany(DATACENTERS, Map.of("_id", datacenterId), Map.of(base(run), tracker));
        if (matched == 0) {
            throw new ProcessException("The connection's datacenter " + datacenterId + " does not exist");
        }
    }

    /** A step of the run is being handled at {@code at}. */
    public void active(SyncRun run, String datacenterId, Instant at) {
        data.updateMany(DATACENTERS, ofRun(run, datacenterId), Map.of("$max", Map.of(base(run) + ".active_at", at.toString())));
    }

    /** The run the connection's tracker of {@code task} holds, if any. */
    public Optional<TrackedRun> current(String datacenterId, String task, String connectionId) {
        String path = "tracker." + task + "." + connectionId;
        return data.findOne(DATACENTERS, Map.of("_id", datacenterId, path + ".run_id", Map.of("$exists", true)))
                .map(datacenter -> map(map(map(datacenter.get("tracker")).get(task)).get(connectionId)))
                .map(tracker -> {
                    Instant startedAt = instant(tracker.get("started_at"));
                    Instant activeAt = instant(tracker.get("active_at"));
                    SyncRun run = new SyncRun(String.valueOf(tracker.get("run_id")), (String) tracker.get("provider"),
                            connectionId, task, startedAt);
                    boolean complete = strings(tracker.get("done")).size() >= count(tracker, "units_total");
                    return new TrackedRun(run, activeAt == null || activeAt.isBefore(startedAt) ? startedAt : activeAt,
                            complete, runState(tracker));
                });
    }

    /**
     * The id of the run the connection's tracker of {@code task} holds, if any: read alone, since the tracker's
     * document grows with every chunk of every run it tracks and this is asked once per chunk.
     */
    public Optional<String> currentRunId(String datacenterId, String task, String connectionId) {
        String runId = "tracker." + task + "." + connectionId + ".run_id";
        return data.findAll(DATACENTERS, Map.of("_id", datacenterId, runId, Map.of("$exists", true)), List.of(runId))
                .stream().findFirst()
                .map(datacenter -> String.valueOf(map(map(map(datacenter.get("tracker")).get(task)).get(connectionId))
                        .get("run_id")));
    }

    /** The unit's last page is scanned: it has {@code chunks} chunks in all. */
    public void chunksCounted(SyncRun run, String datacenterId, RunUnit unit, int chunks) {
        data.updateMany(DATACENTERS, ofRun(run, datacenterId), Map.of(unit(run, unit) + ".chunks_total", chunks));
    }

    /**
     * Chunk {@code chunk} of the unit is loaded: adds its counts and failures, once. The keys it saw are not kept: the
     * cleanup tells unseen records by their {@code last_seen_at}, and a growing key list would be rewritten per chunk.
     */
    public void chunkLoaded(SyncRun run, String datacenterId, RunUnit unit, int chunk, LoadOutcome outcome) {
        String path = unit(run, unit);
        Map<String, Object> query = ofRun(run, datacenterId);
        query.put(path + ".loaded", Map.of("$ne", chunk));
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("$addToSet", Map.of(path + ".loaded", chunk));
        Map<String, Object> pushes = new LinkedHashMap<>();
        if (!outcome.failures().isEmpty()) {
            pushes.put(path + ".failures", Map.of("$each", outcome.failures()));
        }
        if (!outcome.notes().isEmpty()) {
            pushes.put(path + ".notes", Map.of("$each", outcome.notes()));
        }
        if (!outcome.unreadable().isEmpty()) {
            pushes.put(path + ".unreadable", Map.of("$each", outcome.unreadable()));
        }
        if (!pushes.isEmpty()) {
            update.put("$push", pushes);
        }
        update.put("$inc", Map.of(path + ".created", outcome.created(), path + ".changed", outcome.changed(),
                path + ".unchanged", outcome.unchanged()));
        data.updateMany(DATACENTERS, query, update);
    }

    /** Whether every chunk of the unit is loaded (its last page scanned and as many chunks loaded as it counted). */
    public boolean unitComplete(SyncRun run, String datacenterId, RunUnit unit) {
        String path = unit(run, unit);
        Map<String, Object> query = ofRun(run, datacenterId);
        query.put(path + ".chunks_total", Map.of("$exists", true));
        query.put("$expr", Map.of("$gte", List.of(Map.of("$size", "$" + path + ".loaded"), "$" + path + ".chunks_total")));
        return data.findOne(DATACENTERS, query).isPresent();
    }

    public Optional<UnitState> unitState(SyncRun run, String datacenterId, RunUnit unit) {
        return tracker(run, datacenterId).map(tracker -> {
            Map<String, Object> state = map(map(tracker.get("units")).get(unit.trackerKey()));
            return new UnitState(count(state, "created"), count(state, "changed"),
                    count(state, "unchanged"), count(state, "deactivated"), strings(state.get("failures")),
                    strings(state.get("unreadable")));
        });
    }

    /** The unit is finished: {@code deactivated} records were deactivated, or it failed with {@code failure}. */
    public void unitDone(SyncRun run, String datacenterId, RunUnit unit, long deactivated, String failure) {
        Map<String, Object> query = ofRun(run, datacenterId);
        query.put(base(run) + ".done", Map.of("$ne", unit.trackerKey()));
        Map<String, Object> update = new LinkedHashMap<>();
        update.put(unit(run, unit) + ".deactivated", deactivated);
        update.put("$addToSet", Map.of(base(run) + ".done", unit.trackerKey()));
        if (failure != null) {
            update.put("$push", Map.of(base(run) + ".failures", failure));
        }
        data.updateMany(DATACENTERS, query, update);
    }

    /** Whether every unit of the run is done. */
    public boolean runComplete(SyncRun run, String datacenterId) {
        String path = base(run);
        Map<String, Object> query = ofRun(run, datacenterId);
        query.put("$expr", Map.of("$gte", List.of(Map.of("$size", "$" + path + ".done"), "$" + path + ".units_total")));
        return data.findOne(DATACENTERS, query).isPresent();
    }

    public Optional<RunState> runState(SyncRun run, String datacenterId) {
        return tracker(run, datacenterId).map(SyncTracker::runState);
    }

    private static RunState runState(Map<String, Object> tracker) {
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        int deactivated = 0;
        List<String> failures = new ArrayList<>(strings(tracker.get("failures")));
        List<String> notes = new ArrayList<>();
        for (Object value : map(tracker.get("units")).values()) {
            Map<String, Object> state = map(value);
            strings(state.get("notes")).stream().filter(note -> !notes.contains(note)).forEach(notes::add);
            created += count(state, "created");
            changed += count(state, "changed");
            unchanged += count(state, "unchanged");
            deactivated += count(state, "deactivated");
        }
        return new RunState(created, changed, unchanged, deactivated, failures, notes);
    }

    private Optional<Map<String, Object>> tracker(SyncRun run, String datacenterId) {
        return data.findOne(DATACENTERS, ofRun(run, datacenterId)).map(datacenter -> {
            Map<String, Object> tracker = map(datacenter.get("tracker"));
            return map(map(tracker.get(run.task())).get(run.connectionId()));
        });
    }

    private static Map<String, Object> ofRun(SyncRun run, String datacenterId) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("_id", datacenterId);
        query.put(base(run) + ".run_id", run.runId());
        return query;
    }

    private static String base(SyncRun run) {
        return "tracker." + run.task() + "." + run.connectionId();
    }

    private static String unit(SyncRun run, RunUnit unit) {
        return base(run) + ".units." + unit.trackerKey();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /** A time as data-app answers it (ISO-8601), or null. */
    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(String.valueOf(value));
    }

    private static int count(Map<String, Object> state, String field) {
        return state.get(field) instanceof Number number ? number.intValue() : 0;
    }
}
