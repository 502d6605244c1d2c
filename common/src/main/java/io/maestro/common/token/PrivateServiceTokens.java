package io.maestro.common.token;

import io.jsonwebtoken.Claims;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Service-to-service token ({@code MAESTRO_SECRETJWT_PRIVATE}) carrying {@code noauth} = {@code MAESTRO_NOAUTH} and the
 * calling app, as in Maestro 0.6, but short-lived (compatibility.md S1): a caller sends one for a minute at most ({@link ReusedServiceToken}).
 */
public class PrivateServiceTokens {

    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

    private final SignedTokens tokens;
    private final String noauth;

    public PrivateServiceTokens(String secret, String noauth, Duration ttl, Clock clock) {
        if (noauth == null || noauth.isEmpty()) {
            throw new IllegalArgumentException("MAESTRO_NOAUTH must not be empty");
        }
        this.tokens = new SignedTokens(secret, TokenKind.PRIVATE, ttl, clock);
        this.noauth = noauth;
    }

    public PrivateServiceTokens(String secret, String noauth) {
        this(secret, noauth, DEFAULT_TTL, Clock.systemUTC());
    }

    /** A token for one call from {@code app}; extra claims (e.g. {@code graph_id}, {@code owner_id}) ride along. */
    public String issue(String app, Map<String, ?> extraClaims) {
        Map<String, Object> claims = new LinkedHashMap<>(extraClaims);
        claims.put("app", app);
        claims.put("noauth", noauth);
        return tokens.sign(claims);
    }

    public String issue(String app) {
        return issue(app, Map.of());
    }

    /** The verified claims; refused unless signed with the private secret and carrying the right {@code noauth}. */
    public Claims verify(String token) {
        Claims claims = tokens.verify(token);
        String presented = claims.get("noauth", String.class);
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                noauth.getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidTokenException("Invalid service token");
        }
        return claims;
    }
}
