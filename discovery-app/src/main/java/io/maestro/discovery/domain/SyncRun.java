package io.maestro.discovery.domain;

import java.time.Instant;

/**
 * One {@code PUT /crawler/<provider>/<connection>/<task>}: every step of it carries these ids (never credentials).
 *
 * @param runId        a fresh id per run; the tracker of an older run of the same task is replaced, so its late steps
 *                     change nothing
 * @param provider     the provider key, e.g. {@code file}
 * @param connectionId the connection's {@code _id}
 * @param task         the task, e.g. {@code server-import}
 * @param startedAt    when the run was started
 * @param previousStart the start of the task's previous run on this connection when that run began before this
 *                     discovery-app did, else null. A restart in between may have lost that run's audit messages (the
 *                     standalone runtime's broker keeps them in memory): this run lists the records it stamped in its
 *                     own audit messages, and audit-app records those whose history is missing. The watchdog
 *                     lists the records of a run it ends itself ({@link RunRelisting}); this is for a run that
 *                     ended just before the restart, its audit messages still queued, and for a relisting of the
 *                     watchdog that failed.
 */
public record SyncRun(String runId, String provider, String connectionId, String task, Instant startedAt,
        Instant previousStart) {

    public SyncRun(String runId, String provider, String connectionId, String task, Instant startedAt) {
        this(runId, provider, connectionId, task, startedAt, null);
    }
}
