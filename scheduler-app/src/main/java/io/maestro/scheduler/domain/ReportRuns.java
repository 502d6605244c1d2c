package io.maestro.scheduler.domain;

import java.util.Map;

/** Refreshes a report on reports-app. */
public interface ReportRuns {

    /**
     * {@code <method> <reports-app>/<endpoint>} with {@code body}; returns reports-app's answer.
     *
     * @throws RunFailure when reports-app refuses, fails or does not answer
     */
    String run(String method, String endpoint, Map<String, Object> body);
}
