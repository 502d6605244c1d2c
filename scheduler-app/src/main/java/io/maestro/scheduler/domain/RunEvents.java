package io.maestro.scheduler.domain;

/**
 * The events of runs: {@code {msg: "Scheduler run - <name>", context: "scheduler", status, description, roles:
 * [{_id: <job id>, refs: "scheduler", role: 5}]}}, which server-app answers on {@code GET /scheduler/:id/events}.
 */
public interface RunEvents {

    void record(Job job, RunOutcome outcome);
}
