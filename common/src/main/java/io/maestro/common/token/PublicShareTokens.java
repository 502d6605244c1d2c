package io.maestro.common.token;

import io.jsonwebtoken.Claims;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Public share links for graphs ({@code MAESTRO_SECRETJWT_PUBLIC}): the token names the shared record in {@code id}
 * (analytics-front serves that id, not the one in the URL) and may carry an expiry (compatibility.md S1).
 */
public class PublicShareTokens {

    private final SignedTokens tokens;

    public PublicShareTokens(String secret, Clock clock) {
        this.tokens = new SignedTokens(secret, TokenKind.PUBLIC, null, clock);
    }

    public PublicShareTokens(String secret) {
        this(secret, Clock.systemUTC());
    }

    /** A link token for {@code recordId}; {@code validFor} null means it lasts until the share is revoked. */
    public String issue(String recordId, Duration validFor) {
        return tokens.sign(Map.of("id", recordId), validFor);
    }

    public String verify(String token) {
        return verifyShare(token).recordId();
    }

    /**
     * The shared record and the token's own id ({@code jti}): a share that remembers the id of the link it last
     * issued revokes every older link by it (compatibility.md S27).
     */
    public Share verifyShare(String token) {
        Claims claims = tokens.verify(token);
        String id = claims.get("id", String.class);
        if (id == null || id.isBlank()) {
            throw new InvalidTokenException("Share token without id");
        }
        return new Share(id, claims.getId());
    }

    /** @param tokenId the link token's {@code jti} */
    public record Share(String recordId, String tokenId) {
    }
}
