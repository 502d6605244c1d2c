package io.maestro.discovery.domain;

import io.maestro.common.crypto.AesGcm;
import io.maestro.common.crypto.CredentialCipher;
import io.maestro.common.web.NotFoundException;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads a connection from data-app for every step (messages carry its id, never its credentials) and opens its sealed
 * {@code conn} only for the step that calls the provider, in memory (compatibility.md S4).
 */
@Component
public class ConnectionReader {

    private final InventoryRecords data;
    private final CredentialCipher cipher;

    public ConnectionReader(InventoryRecords data, CredentialCipher cipher) {
        this.data = data;
        this.cipher = cipher;
    }

    /** The connection without its credentials: enough to translate, load and clean up. */
    public SyncConnection read(String connectionId) {
        return toConnection(document(connectionId), Map.of());
    }

    /**
     * The connection with its credentials opened.
     *
     * @throws ProviderException when {@code conn} is missing or was not sealed with this {@code MAESTRO_SECRET_CRYPTO}
     */
    public SyncConnection readWithCredentials(String connectionId) {
        Map<String, Object> document = document(connectionId);
        Object sealed = document.get("conn");
        if (!CredentialCipher.isSealed(sealed)) {
            throw new ProviderException("The connection has no sealed credentials; save its credentials again");
        }
        try {
            return toConnection(document, cipher.open((String) sealed));
        } catch (AesGcm.SealedTextException unreadable) {
            throw new ProviderException("The connection's credentials cannot be opened with this MAESTRO_SECRET_CRYPTO;"
                    + " save its credentials again");
        }
    }

    private Map<String, Object> document(String connectionId) {
        return data.connection(connectionId)
                .orElseThrow(() -> new NotFoundException("Connection " + connectionId + " not found"));
    }

    @SuppressWarnings("unchecked")
    private static SyncConnection toConnection(Map<String, Object> document, Map<String, String> credentials) {
        Object regions = document.get("regions");
        Object owner = document.get("owner_user");
        Object roles = document.get("roles");
        return new SyncConnection(
                text(document.get("_id")),
                text(document.get("name")),
                text(document.get("provider")),
                text(document.get("service")),
                text(document.get("dc")),
                text(document.get("dc_id")),
                regions instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                text(document.get("url")),
                text(document.get("project")),
                text(document.get("user_domain_id")),
                owner instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of(),
                roles instanceof List<?> list ? (List<Map<String, Object>>) list : List.of(),
                credentials);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
