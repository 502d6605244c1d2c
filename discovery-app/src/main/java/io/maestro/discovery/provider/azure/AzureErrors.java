package io.maestro.discovery.provider.azure;

import com.azure.core.exception.ClientAuthenticationException;
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
        } catch (ClientAuthenticationException e) {
            throw failure(action, "Azure refused the credentials: " + firstLine(e.getMessage()), connection);
        } catch (UncheckedIOException e) {
            throw failure(action, "Azure could not be reached: " + firstLine(e.getMessage()), connection);
        } catch (RuntimeException e) {
            // Entra ID's refusal reaches us wrapped by its token client (MSAL), network faults wrapped by reactor
            throw failure(action, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), connection);
        }
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
