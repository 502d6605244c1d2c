package io.maestro.server.domain.identity;

import io.maestro.common.web.MaestroException;
import org.springframework.http.HttpStatus;

/** Too many failed logins for an account or from an address (DEVIATIONS S9): 429, retry after the given seconds. */
public class TooManyLoginAttemptsException extends MaestroException {

    public static final String NAME = "TooManyRequestsError";

    private final long retryAfterSeconds;

    public TooManyLoginAttemptsException(long retryAfterSeconds) {
        super(NAME, HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed logins; try again in " + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
