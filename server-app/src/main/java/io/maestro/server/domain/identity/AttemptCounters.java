package io.maestro.server.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counters of attempts per throttling key (failed logins of an account from an address, failed logins or sign-ups
 * from an address), shared by all server-app instances.
 */
public interface AttemptCounters {

    /** @param last when the last attempt was counted */
    record Attempts(int count, Instant last) {
    }

    Optional<Attempts> find(String key);

    /**
     * Counts one attempt at {@code now}; the counter is forgotten {@code keepFor} after its last attempt.
     *
     * @param account the account the key belongs to, or null for a key of no account
     */
    void record(String key, String account, Instant now, Duration keepFor);

    void clear(String key);

    /** Forgets every counter of the account. */
    void clearAccount(String account);
}
