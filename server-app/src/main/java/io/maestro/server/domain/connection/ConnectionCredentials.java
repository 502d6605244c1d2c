package io.maestro.server.domain.connection;

import io.maestro.common.crypto.AesGcm;
import io.maestro.common.crypto.CredentialCipher;
import io.maestro.common.web.PermissionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/**
 * A connection's credentials ({@code conn}, compatibility.md S4): stored only sealed with {@code MAESTRO_SECRET_CRYPTO},
 * shown only as a mask that names the fields that are set. server-app opens a stored value for two things only: to
 * name its fields in the mask and to merge an update into it; the values never leave this class in clear except
 * sealed again.
 *
 * <p>Update rule, for PATCH and PUT alike: a field sent with a new value replaces the stored one; a field sent as the
 * mask, or not sent, keeps its stored value; a field sent as {@code null} is removed. A body without {@code conn}
 * keeps the stored credentials as they are.
 *
 * <p>Keeping a stored secret is refused when the same update changes where the credentials are sent (the
 * {@link #DESTINATION_FIELDS connection's} or the {@link #DESTINATION_CREDENTIALS credentials'} endpoint fields):
 * otherwise a writer could point the connection at a server of theirs and have discovery present the owner's secret
 * there. Such an update must enter those secrets again, or come from an admin (role 7) of the connection.
 */
public class ConnectionCredentials {

    /** What every set credential field shows instead of its value. */
    public static final String MASK = "********";

    /** Connection fields that decide where discovery sends the credentials: an endpoint, or how they are used. */
    static final List<String> DESTINATION_FIELDS = List.of("url", "provider", "service");
    /** Credential fields that decide where they are sent (an S3 endpoint, an SSH server, Azure's login endpoint). */
    static final List<String> DESTINATION_CREDENTIALS = List.of("url", "host", "port", "authority");
    /** Credential fields that are no secret: they say where and what to read, not how to prove who one is. */
    private static final Set<String> NOT_SECRET = Set.of("url", "host", "port", "authority", "region", "bucket", "path",
            "prefix", "user", "artifacts");

    private final CredentialCipher cipher;

    public ConnectionCredentials(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    /** The sealed credentials of a new connection. */
    public String seal(Map<?, ?> given) {
        return cipher.seal(merged(given, Map.of()));
    }

    /**
     * The sealed credentials of an update: {@code given} merged into the stored ones; when the body has no
     * {@code conn} ({@code given} null), the stored value as it is (null for none).
     *
     * @param before         the connection as stored (its {@code conn} sealed)
     * @param after          the connection's fields as the update leaves them, {@code conn} aside
     * @param mayRedirect    whether the actor may send the stored secrets elsewhere without entering them (admin)
     * @throws PermissionException 403 naming the kept secrets when the destination changes and they were not entered
     */
    public Object update(Map<?, ?> given, Document before, Map<String, ?> after, boolean mayRedirect) {
        Map<?, ?> sent = given == null ? Map.of() : given;
        Map<String, String> stored = open(before.get("conn"));
        Map<String, Object> merged = merged(sent, stored);
        List<String> redirected = redirectedBy(before, stored, after, merged);
        if (!redirected.isEmpty() && !mayRedirect) {
            List<String> kept = stored.keySet().stream()
                    .filter(field -> !NOT_SECRET.contains(field) && merged.containsKey(field))
                    .filter(field -> sent.get(field) == null || MASK.equals(sent.get(field)))
                    .map(field -> "conn." + field).toList();
            if (!kept.isEmpty()) {
                throw new PermissionException(String.join(", ", kept) + ": changing where this connection's "
                        + "credentials are sent (" + String.join(", ", redirected) + ") needs them entered again, "
                        + "or admin (role 7) on the connection");
            }
        }
        return given == null ? before.get("conn") : cipher.seal(merged);
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

    private static Map<String, Object> merged(Map<?, ?> given, Map<String, String> stored) {
        Map<String, Object> merged = new TreeMap<>(stored);
        given.forEach((field, value) -> {
            String name = String.valueOf(field);
            if (value == null) {
                merged.remove(name);
            } else if (!MASK.equals(value)) {
                merged.put(name, value);
            }
        });
        return merged;
    }

    /** The destination fields whose value the update changes, as {@code url} or {@code conn.host}. */
    private static List<String> redirectedBy(Document before, Map<String, String> storedConn, Map<String, ?> after,
            Map<String, Object> mergedConn) {
        List<String> changed = new ArrayList<>();
        DESTINATION_FIELDS.stream()
                .filter(field -> !sameText(before.get(field), after.get(field)))
                .forEach(changed::add);
        DESTINATION_CREDENTIALS.stream()
                .filter(field -> !sameText(storedConn.get(field), mergedConn.get(field)))
                .map(field -> "conn." + field)
                .forEach(changed::add);
        return changed;
    }

    /** Credentials are sealed as text, so a port sent as 22 is the stored "22". */
    private static boolean sameText(Object one, Object other) {
        return Objects.equals(one == null ? null : String.valueOf(one), other == null ? null : String.valueOf(other));
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
