package io.maestro.scheduler.domain;

import java.time.Instant;

/**
 * One due time on the {@link ScheduleBoard}: a job's next periodic firing (id = the job's id), or a one-shot chained
 * run of a job (its own id; the job is read again when it runs).
 *
 * @param job     the job as it was taken in (for a one-shot run: only its id counts)
 * @param trigger {@link Trigger#describe()} of the job's trigger when it was taken in
 */
public record ScheduleEntry(String id, Job job, String trigger, Instant dueAt, boolean oneShot) {

    public String jobId() {
        return job.id();
    }
}
