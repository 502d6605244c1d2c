package io.maestro.scheduler.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The due times of every scheduled job, shared by all scheduler instances. An instance runs an entry only after it has
 * claimed that due time of it: the claim is one atomic write (no transaction), and it holds for a lease, so each due
 * time fires on exactly one instance, and a due time whose holder died is claimed again once the lease has run out.
 */
public interface ScheduleBoard {

    Optional<ScheduleEntry> entry(String id);

    /**
     * Puts the job's periodic entry as given, keeping a claim on it, if the entry is still as the caller read it: absent
     * ({@code expected} empty) or due at {@code expected}'s due time. Two instances taking in one job at once, or a run
     * ending meanwhile, thus cannot put back a due time that has passed.
     *
     * @return false when the entry changed since it was read
     */
    boolean put(Job job, String trigger, Instant dueAt, Optional<ScheduleEntry> expected);

    /** A one-shot run of {@code jobId} at {@code dueAt} (a chained job). */
    void putOneShot(String jobId, Instant dueAt);

    /** Removes the job's periodic entry. */
    void remove(String jobId);

    /** Ids of entries due at {@code now}, earliest first (some may be claimed already). */
    List<String> due(Instant now, int limit);

    /**
     * Claims the entry's current due time for {@code holder} until {@code leaseUntil}, if it is due and nobody holds
     * it (or its holder's lease has run out).
     */
    Optional<ScheduleEntry> claim(String id, String holder, Instant now, Instant leaseUntil);

    /**
     * After a run of a claimed periodic entry: its next due time, and the claim is dropped. An entry that an edit moved
     * past the run's due time while it ran keeps the edit's due time.
     */
    void reschedule(ScheduleEntry claimed, String holder, Instant next);

    /** Drops a claim without running the entry (the instance stops). */
    void release(ScheduleEntry claimed, String holder);

    /** Removes a claimed entry that is done for good: a one-shot run, a depleted job. */
    void finish(ScheduleEntry claimed, String holder);

    /** How many periodic entries there are: the jobs scheduled. */
    long jobCount();

    /** The job ids of all periodic entries. */
    Set<String> jobIds();
}
