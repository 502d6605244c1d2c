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
 */
public record SyncRun(String runId, String provider, String connectionId, String task, Instant startedAt) {
}
