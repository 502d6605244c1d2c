package io.maestro.discovery.provider;

/**
 * A provider refused or failed a call: bad credentials, throttling, a region that refuses, an unreadable file. The
 * message is the provider's own, shown to the user as the task's {@code danger} state; it never contains credentials.
 */
public class ProviderException extends RuntimeException {

    public ProviderException(String message) {
        super(message);
    }

    public ProviderException(String message, Throwable cause) {
        super(message, cause);
    }
}
