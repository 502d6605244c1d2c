package io.maestro.server.domain.identity;

import io.maestro.common.web.MaestroException;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/** Too many failed logins, or sign-ups, from an address (compatibility.md S9): 429, retry after the given seconds. */
public class TooManyAttemptsException extends MaestroException {

    public static final String NAME = "TooManyRequestsError";

    private final long retryAfterSeconds;

    /**
     * @param attempts what there were too many of, e.g. "failed logins"
     * @param wait     how long the client must wait; rounded up to whole seconds, so that a client waiting exactly
     *                 {@code Retry-After} seconds is let in
     */
    public TooManyAttemptsException(String attempts, Duration wait) {
        this(attempts, (wait.toMillis() + 999) / 1000);
    }

    private TooManyAttemptsException(String attempts, long retryAfterSeconds) {
        super(NAME, HttpStatus.TOO_MANY_REQUESTS,
                "Too many " + attempts + "; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
