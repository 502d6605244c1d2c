package io.maestro.scheduler.store;

import io.maestro.scheduler.domain.Job;
import io.maestro.scheduler.domain.JobRecords;
import io.maestro.scheduler.domain.RunOutcome;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@link JobRecords} on data-app's {@code schedulers}. Writes go through {@code /sync} (an update of the job by id):
 * a job deleted meanwhile stays deleted, where a bulk upsert would bring back a stub of it.
 */
@Component
public class DataAppJobRecords implements JobRecords {

    private static final String SCHEDULERS = "schedulers";

    private final DataAppCalls data;

    public DataAppJobRecords(DataAppCalls data) {
        this.data = data;
    }

    @Override
    public Optional<Job> job(String id) {
        if (!id.matches("[0-9a-fA-F]{24}")) {
            return Optional.empty();
        }
        return data.findOne(SCHEDULERS, Map.of("_id", id)).map(Job::new);
    }

    @Override
    public List<Job> changed() {
        return data.findAll(SCHEDULERS, Map.of("crawling", true)).stream().map(Job::new).toList();
    }

    @Override
    public List<Job> scheduled() {
        return data.findAll(SCHEDULERS, Map.of("enabled", Map.of("$ne", false), "active", Map.of("$ne", false)))
                .stream().map(Job::new).toList();
    }

    @Override
    public void acknowledge(Job job, Instant nextRun) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("$unset", Map.of("crawling", "", "run_immediately", ""));
        body.put("next_run_at", nextRun == null ? null : iso(nextRun));
        Object runImmediately = job.runImmediately() ? Boolean.TRUE : Map.of("$ne", true);
        data.updateMany(SCHEDULERS, Map.of("_id", job.id(), "run_immediately", runImmediately), body);
    }

    @Override
    public void recordRun(String id, Instant ranAt, RunOutcome outcome, Instant nextRun) {
        Map<String, Object> body = new HashMap<>();
        body.put("$inc", Map.of("total_run_count", 1));
        body.put("last_run_at", iso(ranAt));
        body.put("last_run_status", outcome.status());
        if (nextRun != null) {
            body.put("next_run_at", iso(nextRun));
        }
        data.updateMany(SCHEDULERS, Map.of("_id", id), body);
    }

    @Override
    public void deplete(String id, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", false);
        body.put("crawling", true);
        body.put("msg", reason);
        body.put("next_run_at", null);
        data.updateMany(SCHEDULERS, Map.of("_id", id), body);
    }

    /** ISO-8601 UTC to the millisecond: data-app stores a text under an {@code _at} key as a date. */
    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
