package io.maestro.server.domain.peer;

import io.maestro.common.http.ServiceCallException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls to another Maestro service on behalf of a request, with the refusals a caller expects turned into its own
 * errors. The rest is common's rule ({@code MaestroExceptionHandler}, compatibility.md H2): the service unreachable, too
 * slow or failing is 503 {@code HTTPError} naming it; a refusal of what it was asked (400, 404, 409, 413, 422) is the
 * caller's 4xx with the service's words; any other refusal 502.
 */
public final class PeerCalls {

    private PeerCalls() {
    }

    /**
     * @param refusal turns a refusal the caller expects (e.g. an unknown task, 422) into the exception to answer with;
     *                returns null for the refusals it does not expect
     */
    public static <T> T call(Supplier<T> request, Function<ServiceCallException, RuntimeException> refusal) {
        try {
            return request.get();
        } catch (ServiceCallException refused) {
            RuntimeException expected = refusal.apply(refused);
            throw expected != null ? expected : refused;
        }
    }
}
