package io.maestro.server.domain.connection;

import io.maestro.common.crypto.AesGcm;
import io.maestro.common.crypto.CredentialCipher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * A connection's credentials ({@code conn}, DEVIATIONS S4): stored only sealed with {@code MAESTRO_SECRET_CRYPTO},
 * shown only as a mask that names the fields that are set. server-app opens a stored value for two things only: to
 * name its fields in the mask and to merge an update into it; the values never leave this class in clear except
 * sealed again.
 *
 * <p>Update rule, for PATCH and PUT alike: a field sent with a new value replaces the stored one; a field sent as the
 * mask, or not sent, keeps its stored value; a field sent as {@code null} is removed. A body without {@code conn}
 * keeps the stored credentials as they are.
 */
public class ConnectionCredentials {

    /** What every set credential field shows instead of its value. */
    public static final String MASK = "********";

    private final CredentialCipher cipher;

    public ConnectionCredentials(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    /** The sealed credentials of {@code given} merged into {@code stored} (a sealed value, or null for none yet). */
    public String seal(Map<?, ?> given, Object stored) {
        Map<String, Object> merged = new TreeMap<>(open(stored));
        given.forEach((field, value) -> {
            String name = String.valueOf(field);
            if (value == null) {
                merged.remove(name);
            } else if (!MASK.equals(value)) {
                merged.put(name, value);
            }
        });
        return cipher.seal(merged);
    }

    /**
     * {@code {<field>: "********"}} for each field of a stored value. Anything that is not a value this key sealed
     * (a 0.6 JWT string, another key's value) shows as {@code {}}: the stored text itself is never shown.
     */
    public Document mask(Object stored) {
        Document masked = new Document();
        open(stored).keySet().forEach(field -> masked.put(field, MASK));
        return masked;
    }

    private Map<String, String> open(Object stored) {
        if (!CredentialCipher.isSealed(stored)) {
            return Map.of();
        }
        try {
            return new LinkedHashMap<>(cipher.open((String) stored));
        } catch (AesGcm.SealedTextException otherKey) {
            return Map.of();
        }
    }
}
