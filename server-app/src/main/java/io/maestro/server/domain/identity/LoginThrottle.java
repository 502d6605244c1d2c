package io.maestro.server.domain.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts failed logins per account (e-mail) and per client address in fixed windows starting at the first failure.
 * Once a limit is reached, every login for that account or from that address is refused with 429 until the window
 * ends, right password or not; a successful login clears the account's count (the address keeps its own).
 */
public class LoginThrottle {

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;

    public LoginThrottle(LoginFailureRepository failures, Clock clock, int accountLimit, int addressLimit, Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    /** @throws TooManyLoginAttemptsException when the account or the address is over its limit */
    public void check(String email, String clientAddress) {
        Instant now = clock.instant();
        long wait = Math.max(secondsBlocked(accountKey(email), accountLimit, now),
                secondsBlocked(addressKey(clientAddress), addressLimit, now));
        if (wait > 0) {
            throw new TooManyLoginAttemptsException(wait);
        }
    }

    public void failed(String email, String clientAddress) {
        Instant now = clock.instant();
        failures.recordFailure(accountKey(email), now, window);
        failures.recordFailure(addressKey(clientAddress), now, window);
    }

    public void succeeded(String email) {
        failures.clear(accountKey(email));
    }

    private long secondsBlocked(String key, int limit, Instant now) {
        return failures.find(key)
                .filter(counted -> counted.failures() >= limit)
                .map(counted -> Duration.between(now, counted.windowStart().plus(window)))
                .filter(remaining -> !remaining.isNegative() && !remaining.isZero())
                // round up, so that a client waiting exactly Retry-After seconds is let in
                .map(remaining -> (remaining.toMillis() + 999) / 1000)
                .orElse(0L);
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
    }
}
