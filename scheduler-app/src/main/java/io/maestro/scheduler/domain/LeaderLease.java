package io.maestro.scheduler.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Which instance keeps the board in step with the stored jobs (polls for changed jobs, takes them all in when it
 * becomes the holder). Held for a while and renewed; an instance that dies loses it when it runs out.
 */
public interface LeaderLease {

    /** Takes or renews the lease for {@code holder} until {@code until}; false when another instance holds it. */
    boolean acquire(String holder, Instant now, Instant until);

    /** Gives the lease up, if {@code holder} has it. */
    void release(String holder);

    Optional<Holder> current();

    record Holder(String instance, Instant until) {
    }
}
