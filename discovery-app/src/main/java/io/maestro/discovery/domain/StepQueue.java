package io.maestro.discovery.domain;

/** Where the pipeline puts its next steps: the {@code discovery} queue. */
public interface StepQueue {

    /** Publishes {@code step} under its {@link SyncStep#stepId()}; returns once the broker has it. */
    void publish(SyncStep step);

    /** Whether any step waits on the queue for a worker (steps a worker holds are not counted). */
    boolean hasWaitingSteps();
}
