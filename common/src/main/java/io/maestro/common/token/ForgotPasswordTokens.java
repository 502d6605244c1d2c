package io.maestro.common.token;

import io.jsonwebtoken.Claims;
import io.maestro.common.crypto.AesGcm;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Forgot-password links, shaped as Maestro 0.6's (a JWT signed with {@code MAESTRO_SECRETJWT_FORGOT} around the user
 * encrypted with {@code MAESTRO_SECRET_CRYPTO_FORGOT}), but expiring after an hour and identified by {@code jti} so
 * that server-app can accept each one once (compatibility.md S1). The cipher is AES-256-GCM with a SHA-256-derived key.
 */
public class ForgotPasswordTokens {

    public static final Duration TTL = Duration.ofHours(1);

    private final SignedTokens tokens;
    private final AesGcm cipher;

    public ForgotPasswordTokens(String jwtSecret, String cryptoSecret, Clock clock) {
        this.tokens = new SignedTokens(jwtSecret, TokenKind.FORGOT, TTL, clock);
        this.cipher = new AesGcm(cryptoSecret, "MAESTRO_SECRET_CRYPTO_FORGOT");
    }

    public ForgotPasswordTokens(String jwtSecret, String cryptoSecret) {
        this(jwtSecret, cryptoSecret, Clock.systemUTC());
    }

    /** What a verified link stands for; {@code tokenId} is unique per link, for single use. */
    public record Reset(String userId, String email, String tokenId) {
    }

    public String issue(String userId, String email) {
        String payload = userId + "\n" + email;
        return tokens.sign(Map.of("data", encrypt(payload)));
    }

    public Reset verify(String token) {
        Claims claims = tokens.verify(token);
        String data = claims.get("data", String.class);
        if (data == null) {
            throw new InvalidTokenException("Invalid reset token");
        }
        String[] parts = decrypt(data).split("\n", 2);
        if (parts.length != 2) {
            throw new InvalidTokenException("Invalid reset token");
        }
        return new Reset(parts[0], parts[1], claims.getId());
    }

    private String encrypt(String plain) {
        return cipher.seal(plain);
    }

    private String decrypt(String sealedText) {
        try {
            return cipher.open(sealedText);
        } catch (AesGcm.SealedTextException e) {
            throw new InvalidTokenException("Invalid reset token", e);
        }
    }
}
