package io.maestro.scheduler.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the {@link ScheduleBoard} in step with the stored jobs: a job created, edited, disabled, deleted or marked
 * {@code run_immediately} gets its due time (or loses its entry), and the change is acknowledged on the job.
 */
@Service
public class JobSync {

    private static final Logger log = LoggerFactory.getLogger(JobSync.class);
    /** Reads and puts of a job's entry before giving up (another instance keeps changing it). */
    private static final int PUT_ATTEMPTS = 3;

    private final JobRecords records;
    private final ScheduleBoard board;
    private final RunEvents events;
    private final Clock clock;

    public JobSync(JobRecords records, ScheduleBoard board, RunEvents events, Clock clock) {
        this.records = records;
        this.board = board;
        this.events = events;
        this.clock = clock;
    }

    /** Takes in the stored state of one job (server-app announced a change); a job no longer stored is dropped. */
    public void refresh(String jobId) {
        Optional<Job> job = records.job(jobId);
        if (job.isPresent()) {
            apply(job.get());
        } else {
            board.remove(jobId);
        }
    }

    /** Takes in every job marked {@code crawling} (0.6's way of telling the scheduler). */
    public int applyChanged() {
        List<Job> changed = records.changed();
        changed.forEach(this::applySafely);
        return changed.size();
    }

    /**
     * Takes in all jobs, as a new lease holder does: entries of jobs gone are dropped, jobs without an entry get one,
     * due times already on the board stay (a job due while no scheduler ran fires once, now).
     */
    public void reconcile() {
        Set<String> stored = new HashSet<>();
        for (Job job : records.scheduled()) {
            stored.add(job.id());
            applySafely(job);
        }
        for (String id : board.jobIds()) {
            if (!stored.contains(id)) {
                // not in the list read above, maybe only because it was created (and put here) since: read it again,
                // so that only a job no longer stored or scheduled loses its entry
                refreshSafely(id);
            }
        }
    }

    private void refreshSafely(String jobId) {
        try {
            refresh(jobId);
        } catch (RuntimeException failure) {
            log.warn("Job {} not taken in: {}", jobId, failure.getMessage());
        }
    }

    private void applySafely(Job job) {
        try {
            apply(job);
        } catch (RuntimeException failure) {
            // one job the store would not take must not keep the others from being scheduled
            log.warn("Job {} not taken in: {}", job.id(), failure.getMessage());
        }
    }

    void apply(Job job) {
        Instant now = clock.instant();
        if (!job.scheduled()) {
            board.remove(job.id());
            acknowledgeIfMarked(job, null);
            return;
        }
        Trigger trigger;
        try {
            trigger = Triggers.of(job);
        } catch (InvalidJobException invalid) {
            board.remove(job.id());
            RunOutcome outcome = RunOutcome.danger(invalid.getMessage());
            events.record(job, outcome);
            records.deplete(job.id(), invalid.getMessage());
            return;
        }
        Instant acknowledged = null;
        for (int attempt = 1; attempt <= PUT_ATTEMPTS; attempt++) {
            Optional<ScheduleEntry> existing = board.entry(job.id());
            Instant due = dueTime(job, trigger, existing, now);
            // acknowledged first: a job on the board but still marked run_immediately would run again when read next;
            // a job taken in again unchanged (a new lease holder) costs no write, its next_run_at follows its next run
            if (!due.equals(acknowledged) && marked(job)) {
                records.acknowledge(job, due);
                acknowledged = due;
            }
            boolean unchanged = existing.filter(entry -> entry.dueAt().equals(due)
                    && entry.trigger().equals(trigger.describe()) && entry.job().runsAs(job)).isPresent();
            if (unchanged || board.put(job, trigger.describe(), due, existing)) {
                log.debug("Job {} due at {} ({})", job.id(), due, trigger.describe());
                return;
            }
        }
        log.warn("Job {} changed on the board {} times while being taken in; left as it is", job.id(), PUT_ATTEMPTS);
    }

    /**
     * At once for {@code run_immediately} (once per stored version of the job: the same version read again, e.g. by
     * the poll and the change message both, keeps its due time); the due time on the board while the trigger is the
     * same; else the trigger's first due time from now.
     */
    private static Instant dueTime(Job job, Trigger trigger, Optional<ScheduleEntry> existing, Instant now) {
        boolean sameVersion = existing.map(entry -> java.util.Objects.equals(entry.job().revision(), job.revision()))
                .orElse(false);
        if (job.runImmediately() && !sameVersion) {
            return now;
        }
        return existing.filter(entry -> entry.trigger().equals(trigger.describe()))
                .map(ScheduleEntry::dueAt)
                .orElseGet(() -> trigger.first(now));
    }

    private void acknowledgeIfMarked(Job job, Instant next) {
        if (marked(job)) {
            records.acknowledge(job, next);
        }
    }

    private static boolean marked(Job job) {
        return Boolean.TRUE.equals(job.field("crawling")) || job.runImmediately();
    }
}
