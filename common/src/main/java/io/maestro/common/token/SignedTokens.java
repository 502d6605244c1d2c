package io.maestro.common.token;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
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
import javax.crypto.SecretKey;

/**
 * HS256 signing and verification shared by every token kind: one secret, one kind, one lifetime.
 * Secrets shorter than 256 bits (HS256's minimum) are stretched with SHA-256 so that any configured value works.
 */
final class SignedTokens {

    private final SecretKey key;
    private final TokenKind kind;
    private final Duration lifetime;
    private final Clock clock;

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

    Claims verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("No token");
        }
        Claims claims;
        try {
            claims = Jwts.parser()
                    .verifyWith(key)
                    .clock(() -> Date.from(clock.instant()))
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
        } catch (ExpiredJwtException e) {
            throw new InvalidTokenException("Token expired", e);
        } catch (JwtException | IllegalArgumentException e) {
            throw new InvalidTokenException("Invalid token", e);
        }
        if (!kind.name().equals(claims.get(TokenKind.CLAIM, String.class))) {
            throw new InvalidTokenException("Token of the wrong kind");
        }
        return claims;
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
