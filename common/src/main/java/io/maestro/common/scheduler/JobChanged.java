package io.maestro.common.scheduler;

import java.util.Objects;

/**
 * On the {@code scheduler} queue: server-app stored a change of the scheduler job {@code jobId} (created, edited,
 * disabled, deleted, marked {@code run_immediately}), so that scheduler-app takes it in at once instead of at its next
 * poll of the jobs marked {@code crawling}.
 */
public record JobChanged(String jobId) {

    public JobChanged {
        Objects.requireNonNull(jobId, "jobId");
    }
}
