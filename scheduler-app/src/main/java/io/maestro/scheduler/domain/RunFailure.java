package io.maestro.scheduler.domain;

/**
 * A run that did not succeed: the peer or endpoint refused the call, failed or did not answer. Its message is what
 * the run's {@code danger} event says. With {@link #depletes()} the job cannot succeed until someone changes it
 * (the connection is gone or disabled, the report no longer exists), so it is disabled (§8 "deplete").
 */
public class RunFailure extends RuntimeException {

    private final boolean depletes;

    private RunFailure(String message, boolean depletes) {
        super(message);
        this.depletes = depletes;
    }

    /** The call failed this time; the job fires again at its next due time. */
    public static RunFailure failed(String message) {
        return new RunFailure(message, false);
    }

    /** The job cannot succeed as things stand: it is disabled with this message. */
    public static RunFailure depleting(String message) {
        return new RunFailure(message, true);
    }

    public boolean depletes() {
        return depletes;
    }
}
