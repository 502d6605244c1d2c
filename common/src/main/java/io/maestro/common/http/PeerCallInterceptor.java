package io.maestro.common.http;

import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Every call to a peer: sets a freshly obtained {@code Authorization} header (when the client has one and the call
 * does not carry its own, as websocket-app's session check sends the browser's token), reads
 * the whole answer, and turns any I/O failure (refused connection, timeout, broken stream) into a
 * {@link ServiceUnavailableException} naming the peer and the URL.
 */
final class PeerCallInterceptor implements ClientHttpRequestInterceptor {

    private final PeerService peer;
    private final Supplier<String> authorization;

    /** {@code authorization} may be {@code null} for calls that need none ({@code GET /}). */
    PeerCallInterceptor(PeerService peer, Supplier<String> authorization) {
        this.peer = peer;
        this.authorization = authorization;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
        if (authorization != null && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization.get());
        }
        try {
            return BufferedResponse.readFully(execution.execute(request, body));
        } catch (IOException e) {
            throw new ServiceUnavailableException(peer, request.getURI(), e);
        }
    }
}
