package io.maestro.common.token;

import io.jsonwebtoken.Claims;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The browser's login token ({@code MAESTRO_SECRETJWT}): claims {@code _id, name, email, avatar, sub} as Maestro 0.6,
 * plus {@code iat}/{@code exp} (compatibility.md S1; lifetime {@code MAESTRO_JWT_TTL}, default 24 h) and the user's session
 * generation {@code gen} (see {@link SessionUser}). The websocket service verifies the same token, with {@code sub}
 * as the user id.
 */
public class UserSessionTokens {

    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    static final String GENERATION = "gen";

    private final SignedTokens tokens;

    public UserSessionTokens(String secret, Duration ttl, Clock clock) {
        this.tokens = new SignedTokens(secret, TokenKind.SESSION, ttl, clock);
    }

    public UserSessionTokens(String secret, Duration ttl) {
        this(secret, ttl, Clock.systemUTC());
    }

    public String issue(SessionUser user) {
        if (user.id() == null || user.id().isBlank()) {
            throw new IllegalArgumentException("A session token needs the user's _id");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("_id", user.id());
        claims.put("name", user.name());
        claims.put("email", user.email());
        claims.put("avatar", user.avatar());
        claims.put("sub", user.id());
        claims.put(GENERATION, user.generation());
        return tokens.sign(claims);
    }

    /** The user the token speaks for; a validly signed token without {@code _id} is refused (compatibility.md H7). */
    public SessionUser verify(String token) {
        Claims claims = tokens.verify(token);
        String id = claims.get("_id", String.class);
        if (id == null || id.isBlank()) {
            throw new InvalidTokenException("Token without _id");
        }
        Number generation = claims.get(GENERATION, Number.class);
        return new SessionUser(id, claims.get("name", String.class), claims.get("email", String.class),
                claims.get("avatar", String.class), generation == null ? 0 : generation.longValue());
    }
}
