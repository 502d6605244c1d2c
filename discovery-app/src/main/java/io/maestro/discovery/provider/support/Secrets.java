package io.maestro.discovery.provider.support;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;

/**
 * Keeps a connection's credentials out of what a provider answers: some APIs echo a key id or a secret in their error
 * messages, and those messages become task states, log lines and queue messages.
 */
public final class Secrets {

    public static final String HIDDEN = "****";

    private Secrets() {
    }

    /** {@code text} with every non-blank credential value of the connection replaced by {@link #HIDDEN}. */
    public static String mask(String text, SyncConnection connection) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String credential : connection.credentials().values()) {
            if (credential != null && !credential.isBlank()) {
                masked = masked.replace(credential, HIDDEN);
            }
        }
        return masked;
    }

    /**
     * The failure with its message masked; when masking changed it, the cause (whose own message still quotes the
     * credential) is dropped.
     */
    public static ProviderException masked(ProviderException failure, SyncConnection connection) {
        String message = mask(failure.getMessage(), connection);
        return message.equals(failure.getMessage()) ? failure : new ProviderException(message);
    }
}
