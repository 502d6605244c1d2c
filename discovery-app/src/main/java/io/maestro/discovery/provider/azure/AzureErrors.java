package io.maestro.discovery.provider.azure;

import com.azure.core.exception.ClientAuthenticationException;
import com.microsoft.aad.msal4j.MsalServiceException;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.Secrets;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Azure failures become {@link ProviderException}s in Azure's words ({@code AuthorizationFailed: The client '…' does
 * not have authorization…}, Entra ID's {@code AADSTS7000215: Invalid client secret provided…}), each credential of the
 * connection masked, the SDK's exception (whose request may quote one) dropped.
 */
public final class AzureErrors {

    private AzureErrors() {
    }

    /** @param action the ARM operation, e.g. {@code Disks.List} */
    public static <T> T call(String action, SyncConnection connection, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProviderException e) {
            throw failure(action, e.getMessage(), connection);
        } catch (RuntimeException e) {
            Throwable refusal = refusal(e);
            if (refusal != null) {
                throw failure(action, "Azure refused the credentials: " + firstLine(refusal.getMessage()), connection);
            }
            if (e instanceof UncheckedIOException) {
                throw failure(action, "Azure could not be reached: " + firstLine(e.getMessage()), connection);
            }
            // network faults reach us wrapped by reactor
            throw failure(action, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), connection);
        }
    }

    /**
     * Entra ID's refusal of the sign-in: MSAL's answer ({@code AADSTS…}), which azure-identity's synchronous token
     * path passes on wrapped twice, or azure-identity's own exception.
     */
    private static Throwable refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MsalServiceException || cause instanceof ClientAuthenticationException) {
                return cause;
            }
        }
        return null;
    }

    private static ProviderException failure(String action, String message, SyncConnection connection) {
        return new ProviderException(Secrets.mask(action + " failed: " + message, connection));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
