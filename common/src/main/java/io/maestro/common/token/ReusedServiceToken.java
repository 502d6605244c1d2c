package io.maestro.common.token;

import io.maestro.common.http.ServiceTokenSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code Authorization} header of a service's calls to its peers: one private token, minted again once it is
 * {@link #RENEW_AFTER} old, so that every call still carries a token with most of its lifetime ahead (4 of its 5
 * minutes at least, compatibility.md S1). Minting one per call cost 3–4 % of a sync's CPU on each side: the caller
 * signed a token, the peer parsed one it had never seen, where it now finds the one it has already verified.
 */
public final class ReusedServiceToken implements ServiceTokenSource {

    /** How long one token is sent; at most a fifth of its lifetime. */
    public static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    private final PrivateServiceTokens tokens;
    private final String app;
    private final Clock clock;
    private volatile Minted current;

    public ReusedServiceToken(PrivateServiceTokens tokens, String app, Clock clock) {
        this.tokens = tokens;
        this.app = app;
        this.clock = clock;
    }

    @Override
    public String authorizationHeader() {
        Instant now = clock.instant();
        Minted minted = current;
        // a clock set back also renews: the token's own iat would then be ahead of the time
        if (minted == null || !now.isBefore(minted.at().plus(RENEW_AFTER)) || now.isBefore(minted.at())) {
            minted = new Minted("JWT " + tokens.issue(app), now);
            current = minted;
        }
        return minted.header();
    }

    private record Minted(String header, Instant at) {
    }
}
