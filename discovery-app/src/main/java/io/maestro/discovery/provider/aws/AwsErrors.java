package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.Secrets;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** AWS failures become {@link ProviderException}s carrying AWS's own words, e.g. {@code AuthFailure: AWS was not able…}. */
public final class AwsErrors {

    private AwsErrors() {
    }

    public static <T> T call(String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
            if (message == null) {
                // No message in the answer (e.g. a bare 404): the SDK's own sentence names the status code.
                message = e.getMessage();
            }
            throw new ProviderException(action + " failed: " + (code == null ? "" : code + ": ") + message, e);
        } catch (SdkException e) {
            throw new ProviderException(action + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #call(String, Supplier)}, and should AWS's words quote one of the connection's credentials (some
     * services echo the access key id), that value is masked and the SDK exception, which still quotes it, is dropped.
     */
    public static <T> T call(String action, SyncConnection connection, Supplier<T> call) {
        try {
            return call(action, call);
        } catch (ProviderException e) {
            throw Secrets.masked(e, connection);
        }
    }
}
