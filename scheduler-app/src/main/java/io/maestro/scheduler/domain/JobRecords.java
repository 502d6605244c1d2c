package io.maestro.scheduler.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The jobs as server-app stores them (collection {@code schedulers}), and what the scheduler writes back on them. */
public interface JobRecords {

    Optional<Job> job(String id);

    /** Jobs marked {@code crawling: true}: created or changed since the scheduler last took them in (0.6's flag). */
    List<Job> changed();

    /** Every enabled, not deleted job. */
    List<Job> scheduled();

    /**
     * The change is taken in: clears {@code crawling} and {@code run_immediately} and sets {@code next_run_at}
     * (null: the job does not fire) — only while {@code run_immediately} is as it was read in {@code job}: a "Run now"
     * saved after the read is left for the change message that follows it, not cleared unseen.
     */
    void acknowledge(Job job, Instant nextRun);

    /**
     * One more run: {@code $inc total_run_count}, {@code last_run_at}, the outcome ({@code last_run_status},
     * {@code msg}) and {@code next_run_at} (null for a chained run, which leaves it as it is).
     */
    void recordRun(String id, Instant ranAt, RunOutcome outcome, Instant nextRun);

    /** The job cannot run (0.6 "deplete"): {@code enabled: false} with the reason in {@code msg}. */
    void deplete(String id, String reason);
}
