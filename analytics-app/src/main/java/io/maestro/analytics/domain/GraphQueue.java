package io.maestro.analytics.domain;

/** The {@code analytics} queue the maps wait on. */
public interface GraphQueue {

    /** Queues {@code job}; returns the id of its message. */
    String publish(GraphJob job);
}
