package io.maestro.common.token;

import io.jsonwebtoken.Claims;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Forgot-password links, shaped as Maestro 0.6's (a JWT signed with {@code MAESTRO_SECRETJWT_FORGOT} around the user
 * encrypted with {@code MAESTRO_SECRET_CRYPTO_FORGOT}), but expiring after an hour and identified by {@code jti} so
 * that server-app can accept each one once (DEVIATIONS S1). The cipher is AES-256-GCM with a SHA-256-derived key.
 */
public class ForgotPasswordTokens {

    public static final Duration TTL = Duration.ofHours(1);

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SignedTokens tokens;
    private final SecretKeySpec cryptoKey;
    private final SecureRandom random = new SecureRandom();

    public ForgotPasswordTokens(String jwtSecret, String cryptoSecret, Clock clock) {
        this.tokens = new SignedTokens(jwtSecret, TokenKind.FORGOT, TTL, clock);
        this.cryptoKey = aesKey(cryptoSecret);
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
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, cryptoKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private String decrypt(String sealedText) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(sealedText);
            if (all.length <= IV_BYTES) {
                throw new InvalidTokenException("Invalid reset token");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, cryptoKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidTokenException("Invalid reset token", e);
        }
    }

    private static SecretKeySpec aesKey(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("MAESTRO_SECRET_CRYPTO_FORGOT must not be empty");
        }
        try {
            return new SecretKeySpec(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
