package io.maestro.server.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Failed-login counters per throttling key (an account or a client address), shared by all server-app instances. */
public interface LoginFailureRepository {

    /** @param windowStart when the first failure of the current window happened */
    record FailureWindow(int failures, Instant windowStart) {
    }

    Optional<FailureWindow> find(String key);

    /** Counts one failure: a new window starts at {@code now} when there is none or the last one has passed. */
    void recordFailure(String key, Instant now, Duration window);

    void clear(String key);
}
