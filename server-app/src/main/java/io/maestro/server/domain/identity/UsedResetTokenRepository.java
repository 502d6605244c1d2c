package io.maestro.server.domain.identity;

import java.time.Instant;

/** Ids of password-reset links already used, kept until the links would have expired anyway. */
public interface UsedResetTokenRepository {

    /** Records the link as used; false when it was used before (also when two requests race). */
    boolean markUsed(String tokenId, String userId, Instant expiresAt);

    void forgetExpired(Instant now);
}
