package io.maestro.server.domain.peer;

import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.http.ServiceUnavailableException;
import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;

/**
 * Calls to another Maestro service on behalf of a request, with its failures told to the caller as failures
 * (DEVIATIONS H2): the service unreachable, too slow or failing is 503 {@code HTTPError} naming it; a refusal (4xx)
 * it was not expected to give is 502 {@code HTTPError} with what it answered.
 */
public final class PeerCalls {

    private PeerCalls() {
    }

    public static <T> T call(PeerService peer, Supplier<T> request) {
        return call(peer, request, refused -> null);
    }

    /**
     * @param refusal turns a refusal the caller expects (e.g. an unknown task, 422) into the exception to answer with;
     *                returns null for the refusals it does not expect
     */
    public static <T> T call(PeerService peer, Supplier<T> request, Function<ServiceCallException, RuntimeException> refusal) {
        try {
            return request.get();
        } catch (ServiceUnavailableException unavailable) {
            throw new MaestroException(ErrorNames.HTTP, HttpStatus.SERVICE_UNAVAILABLE,
                    peer.serviceName() + " is unavailable: " + unavailable.getMessage(), unavailable);
        } catch (ServiceCallException refused) {
            RuntimeException expected = refusal.apply(refused);
            if (expected != null) {
                throw expected;
            }
            throw new MaestroException(ErrorNames.HTTP, HttpStatus.BAD_GATEWAY,
                    peer.serviceName() + " refused the call: " + refused.getMessage(), refused);
        }
    }
}
