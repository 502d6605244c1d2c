package io.maestro.common.token;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

/**
 * HS256 signing and verification shared by every token kind: one secret, one kind, one lifetime.
 * Secrets shorter than 256 bits (HS256's minimum) are stretched with SHA-256 so that any configured value works.
 */
final class SignedTokens {

    /** Verdicts kept at most; all are forgotten when full (a service's callers present far fewer tokens at once). */
    private static final int MAX_REMEMBERED = 4_096;

    private final SecretKey key;
    private final TokenKind kind;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

    SignedTokens(String secret, TokenKind kind, Duration lifetime, Clock clock) {
        this.key = hmacKey(secret);
        this.kind = kind;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    String sign(Map<String, ?> claims) {
        return sign(claims, lifetime);
    }

    String sign(Map<String, ?> claims, Duration validFor) {
        Instant now = clock.instant();
        var builder = Jwts.builder()
                .claims(claims)
                .claim(TokenKind.CLAIM, kind.name())
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(now));
        if (validFor != null) {
            builder.expiration(Date.from(now.plus(validFor)));
        }
        return builder.signWith(key, Jwts.SIG.HS256).compact();
    }

    /**
     * The token's claims if it is signed with this secret, of this kind and not expired. A request presents the same
     * token again and again, and every filter of its chain may try it: what does not depend on the time (the signature,
     * the kind, the claims) is remembered per token; a remembered token found expired is judged again by the parser,
     * so that the refusal is the parser's own (its {@link ExpiredJwtException} as the cause).
     */
    Claims verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("No token");
        }
        Verdict verdict = verdicts.get(token);
        if (verdict != null && verdict.expiredAt(clock.instant())) {
            verdicts.remove(token);
            verdict = null;
        }
        if (verdict == null) {
            verdict = judge(token);
            if (verdict.remembered()) {
                if (verdicts.size() >= MAX_REMEMBERED) {
                    verdicts.clear();
                }
                verdicts.put(token, verdict);
            }
        }
        return verdict.claims();
    }

    private Verdict judge(String token) {
        Claims claims;
        try {
            claims = Jwts.parser()
                    .verifyWith(key)
                    .clock(() -> Date.from(clock.instant()))
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
        } catch (ExpiredJwtException e) {
            return Verdict.refused("Token expired", e, false);
        } catch (JwtException | IllegalArgumentException e) {
            // a token valid only later (nbf) becomes valid with time: judged anew
            return Verdict.refused("Invalid token", e, !(e instanceof PrematureJwtException));
        }
        if (!kind.name().equals(claims.get(TokenKind.CLAIM, String.class))) {
            return Verdict.refused("Token of the wrong kind", null, true);
        }
        return new Verdict(claims, null, null, claims.getNotBefore() == null);
    }

    /**
     * What verifying a token found: its claims, or why it is refused (and the parser's exception); {@code remembered}
     * when that holds for as long as the token lives (an expiry or a not-before is a matter of time).
     */
    private record Verdict(Claims verified, String refusal, RuntimeException cause, boolean remembered) {

        static Verdict refused(String why, RuntimeException cause, boolean remembered) {
            return new Verdict(null, why, cause, remembered);
        }

        /** As the parser decides expiry: once the time is after {@code exp}. */
        boolean expiredAt(Instant now) {
            Date expiration = verified == null ? null : verified.getExpiration();
            return expiration != null && now.isAfter(expiration.toInstant());
        }

        Claims claims() {
            if (refusal != null) {
                throw cause == null ? new InvalidTokenException(refusal) : new InvalidTokenException(refusal, cause);
            }
            return verified;
        }
    }

    static SecretKey hmacKey(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("A token secret must not be empty");
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            try {
                bytes = MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return Keys.hmacShaKeyFor(bytes);
    }
}
