package io.maestro.scheduler.domain;

/**
 * A job that can never run as stored (a malformed cron, an interval without a period, an endpoint that names no
 * connection task): its run is a {@code danger} event naming the cause, and the job is depleted.
 */
public class InvalidJobException extends RuntimeException {

    public InvalidJobException(String message) {
        super(message);
    }
}
