package io.maestro.server.domain.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sign-ups are open to anyone, so one address may make at most {@code limit} of them (valid bodies, created or
 * refused as taken); then it waits {@code window} after its last one (429 with {@code Retry-After}). This bounds both
 * account flooding and probing which e-mail addresses are registered.
 */
public class SignUpThrottle {

    private final AttemptCounters counters;
    private final Clock clock;
    private final int limit;
    private final Duration window;

    public SignUpThrottle(AttemptCounters counters, Clock clock, int limit, Duration window) {
        this.counters = counters;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Counts one sign-up from the address, or refuses it when the address has had its share. */
    public void attempt(String clientAddress) {
        Instant now = clock.instant();
        String key = "signup:" + clientAddress;
        counters.find(key)
                .filter(counted -> counted.count() >= limit)
                .map(counted -> Duration.between(now, counted.last().plus(window)))
                .filter(remaining -> !remaining.isNegative() && !remaining.isZero())
                .ifPresent(remaining -> {
                    throw new TooManyAttemptsException("sign-ups from this address", remaining);
                });
        counters.record(key, null, now, window);
    }
}
