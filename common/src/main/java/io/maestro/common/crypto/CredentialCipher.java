package io.maestro.common.crypto;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cloud credentials at rest (compatibility.md S4): a connection's {@code conn} object is stored as one AES-256-GCM sealed
 * string keyed by {@code MAESTRO_SECRET_CRYPTO}. server-app seals on write and opens only to name the stored fields
 * in its mask and to merge an update; discovery workers open to crawl.
 * Values are kept as strings: credential fields are keys, tokens, user names and ports; a list or object (the
 * uploaded {@code artifacts} of a file connection) is kept as its JSON text.
 */
public final class CredentialCipher {

    /** Marks the format, so that a later key rotation or format change can tell old values apart. */
    static final String PREFIX = "aesgcm1:";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AesGcm aes;

    public CredentialCipher(String secret) {
        this.aes = new AesGcm(secret, "MAESTRO_SECRET_CRYPTO");
    }

    public String seal(Map<String, ?> credentials) {
        Map<String, String> values = new TreeMap<>();
        credentials.forEach((field, value) -> {
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                values.put(field, JSON.writeValueAsString(value));
            } else if (value != null) {
                values.put(field, String.valueOf(value));
            }
        });
        return PREFIX + aes.seal(JSON.writeValueAsString(values));
    }

    /** @throws AesGcm.SealedTextException when the value was not sealed by a cipher with the same key */
    public Map<String, String> open(String sealed) {
        if (!isSealed(sealed)) {
            throw new AesGcm.SealedTextException("Not a sealed credential value");
        }
        String json = aes.open(sealed.substring(PREFIX.length()));
        return new LinkedHashMap<>(JSON.readValue(json, new TypeReference<Map<String, String>>() { }));
    }

    public static boolean isSealed(Object value) {
        return value instanceof String text && text.startsWith(PREFIX);
    }
}
