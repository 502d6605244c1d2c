package io.maestro.scheduler.domain;

/** Starts a connection's crawl task on discovery-app, as the dashboard's Run does. */
public interface ConnectionTasks {

    /**
     * {@code PUT /crawler/<provider>/<connection>/<task>}; returns discovery's answer.
     *
     * @throws RunFailure when discovery refuses, fails or does not answer
     */
    String run(String provider, String connectionId, String task);
}
