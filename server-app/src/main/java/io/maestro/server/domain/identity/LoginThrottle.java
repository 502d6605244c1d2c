package io.maestro.server.domain.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Slows password guessing without letting anyone lock the owner out (compatibility.md S9). Failures are counted per
 * (account, client address) pair and per address, never per account alone: a lock on the account would be one that
 * any stranger can set and renew on the owner.
 * <ul>
 *   <li>Pair: the first {@code freeFailures} failures cost nothing (typos); each further one makes that address wait
 *   1 s, 2 s, 4 s … before trying that account again, at most {@code maxDelay}. A successful login from that address
 *   clears it; a password reset clears every pair of the account.</li>
 *   <li>Address: {@code addressFailures} failures on any accounts make the address wait {@code maxDelay} after its
 *   last failure (password spraying).</li>
 * </ul>
 * The owner, logging in from their own address, is slowed only by their own failures.
 */
public class LoginThrottle {

    private final AttemptCounters failures;
    private final Clock clock;
    private final int freeFailures;
    private final int addressFailures;
    private final Duration maxDelay;

    public LoginThrottle(AttemptCounters failures, Clock clock, int freeFailures, int addressFailures,
            Duration maxDelay) {
        this.failures = failures;
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.addressFailures = addressFailures;
        this.maxDelay = maxDelay;
    }

    /** @throws TooManyAttemptsException when this address must wait before trying this account again */
    public void check(String email, String clientAddress) {
        Instant now = clock.instant();
        Duration wait = longer(waitAfter(pairKey(email, clientAddress), this::pairDelay, now),
                waitAfter(addressKey(clientAddress), this::addressDelay, now));
        if (!wait.isZero()) {
            throw new TooManyAttemptsException("failed logins", wait);
        }
    }

    public void failed(String email, String clientAddress) {
        Instant now = clock.instant();
        failures.record(pairKey(email, clientAddress), account(email), now, maxDelay);
        failures.record(addressKey(clientAddress), null, now, maxDelay);
    }

    public void succeeded(String email, String clientAddress) {
        failures.clear(pairKey(email, clientAddress));
    }

    /** The owner proved themselves by mail: no address waits for this account any more. */
    public void passwordReset(String email) {
        failures.clearAccount(account(email));
    }

    private Duration waitAfter(String key, IntFunction<Duration> delayAfter, Instant now) {
        return failures.find(key)
                .map(counted -> Duration.between(now, counted.last().plus(delayAfter.apply(counted.count()))))
                .filter(remaining -> !remaining.isNegative())
                .orElse(Duration.ZERO);
    }

    private Duration pairDelay(int failed) {
        int doublings = failed - freeFailures;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        return doublings >= 30 ? maxDelay : min(Duration.ofSeconds(1L << doublings), maxDelay);
    }

    private Duration addressDelay(int failed) {
        return failed >= addressFailures ? maxDelay : Duration.ZERO;
    }

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    private static String account(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String email, String clientAddress) {
        return "pair:" + account(email) + " " + clientAddress;
    }

    private static String addressKey(String clientAddress) {
        return "address:" + clientAddress;
    }
}
