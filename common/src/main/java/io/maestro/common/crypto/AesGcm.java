package io.maestro.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a key derived from a secret by SHA-256. Sealed text is URL-safe base64 of a random 12-byte IV
 * followed by the ciphertext and its tag, so that tampering or a wrong key fails to open instead of yielding garbage.
 */
public final class AesGcm {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param secretName the environment variable the secret comes from, named in the error when it is empty */
    public AesGcm(String secret, String secretName) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException(secretName + " must not be empty");
        }
        try {
            this.key = new SecretKeySpec(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String seal(String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws SealedTextException when the text was not sealed with this key or was altered */
    public String open(String sealedText) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(sealedText);
            if (all.length <= IV_BYTES) {
                throw new SealedTextException("Sealed text too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealedTextException("Sealed text cannot be opened with this key", e);
        }
    }

    /** The sealed text is not ours: wrong key, altered or not base64. */
    public static class SealedTextException extends RuntimeException {
        public SealedTextException(String message) {
            super(message);
        }

        public SealedTextException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
