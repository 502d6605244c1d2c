package io.maestro.scheduler.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link JobSync#reconcile} (a new lease holder taking in all jobs) against jobs changing while it reads them. */
class JobSyncTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final StoredJobs records = new StoredJobs();
    private final BoardInMemory board = new BoardInMemory();
    private final JobSync sync = new JobSync(records, board, (job, outcome) -> { }, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aJobCreatedWhileTheListWasReadKeepsTheEntryItWasGiven() {
        Job created = hourly("6b1690002687b2bd76366043");
        Instant missed = NOW.minus(Duration.ofHours(3));
        // the list is read, then the job is stored and put on the board (its change message), then the board's ids read
        records.listed = List.of();
        records.stored.put(created.id(), created);
        board.put(created, "every 1 hour", missed, Optional.empty());

        sync.reconcile();

        assertThat(board.entry(created.id())).map(ScheduleEntry::dueAt).contains(missed);
    }

    @Test
    void entriesOfJobsNoLongerStoredOrDisabledAreDropped() {
        Job deleted = hourly("6b1690002687b2bd76366044");
        Job disabled = hourly("6b1690002687b2bd76366045");
        Job kept = hourly("6b1690002687b2bd76366046");
        board.put(deleted, "every 1 hour", NOW, Optional.empty());
        board.put(disabled, "every 1 hour", NOW, Optional.empty());
        Job disabledNow = new Job(withField(disabled, "enabled", false));
        records.stored.put(disabled.id(), disabledNow);
        records.stored.put(kept.id(), kept);
        records.listed = List.of(kept);

        sync.reconcile();

        assertThat(board.jobIds()).containsExactly(kept.id());
        assertThat(board.entry(kept.id())).map(ScheduleEntry::dueAt).contains(NOW.plus(Duration.ofHours(1)));
    }

    private static Job hourly(String id) {
        return new Job(Map.of("_id", id, "task", "webhook", "endpoint", "https://hooks.example/" + id,
                "interval", Map.of("every", 1, "period", "hours"), "updated_at", "2026-12-07T09:00:00Z"));
    }

    private static Map<String, Object> withField(Job job, String field, Object value) {
        Map<String, Object> fields = new HashMap<>(job.fields());
        fields.put(field, value);
        return fields;
    }

    /** The jobs as stored now, and the list {@link #scheduled()} answers (read earlier). */
    private static final class StoredJobs implements JobRecords {
        final Map<String, Job> stored = new HashMap<>();
        List<Job> listed = new ArrayList<>();

        @Override
        public Optional<Job> job(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<Job> changed() {
            return List.of();
        }

        @Override
        public List<Job> scheduled() {
            return listed;
        }

        @Override
        public void acknowledge(Job job, Instant nextRun) {
        }

        @Override
        public void recordRun(String id, Instant ranAt, RunOutcome outcome, Instant nextRun) {
        }

        @Override
        public void deplete(String id, String reason) {
        }
    }

    /** The periodic entries only: what taking jobs in reads and writes. */
    private static final class BoardInMemory implements ScheduleBoard {
        private final Map<String, ScheduleEntry> entries = new HashMap<>();

        @Override
        public Optional<ScheduleEntry> entry(String id) {
            return Optional.ofNullable(entries.get(id));
        }

        @Override
        public boolean put(Job job, String trigger, Instant dueAt, Optional<ScheduleEntry> expected) {
            if (!expected.map(ScheduleEntry::dueAt).equals(entry(job.id()).map(ScheduleEntry::dueAt))) {
                return false;
            }
            entries.put(job.id(), new ScheduleEntry(job.id(), job, trigger, dueAt, false));
            return true;
        }

        @Override
        public void remove(String jobId) {
            entries.remove(jobId);
        }

        @Override
        public Set<String> jobIds() {
            return Set.copyOf(entries.keySet());
        }

        @Override
        public long jobCount() {
            return entries.size();
        }

        @Override
        public void putOneShot(String jobId, Instant dueAt) {
            throw new AssertionError("not used when taking jobs in");
        }

        @Override
        public List<String> due(Instant now, int limit) {
            throw new AssertionError("not used when taking jobs in");
        }

        @Override
        public Optional<ScheduleEntry> claim(String id, String holder, Instant now, Instant leaseUntil) {
            throw new AssertionError("not used when taking jobs in");
        }

        @Override
        public void reschedule(ScheduleEntry claimed, String holder, Instant next) {
            throw new AssertionError("not used when taking jobs in");
        }

        @Override
        public void release(ScheduleEntry claimed, String holder) {
            throw new AssertionError("not used when taking jobs in");
        }

        @Override
        public void finish(ScheduleEntry claimed, String holder) {
            throw new AssertionError("not used when taking jobs in");
        }
    }
}
