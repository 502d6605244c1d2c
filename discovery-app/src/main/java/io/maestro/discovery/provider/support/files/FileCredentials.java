package io.maestro.discovery.provider.support.files;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;

/** The credential fields a file source cannot do without. */
final class FileCredentials {

    private FileCredentials() {
    }

    /** @throws ProviderException naming the field when the connection does not have it */
    static String required(SyncConnection connection, String field) {
        String value = connection.credential(field);
        if (value == null || value.isBlank()) {
            throw new ProviderException("The connection has no " + field);
        }
        return value.trim();
    }
}
