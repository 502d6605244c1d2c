package io.maestro.common.http;

import java.io.IOException;
import java.util.Locale;
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
 * {@link ServiceUnavailableException} naming the peer and the URL. A successful download (an answer with
 * {@code Content-Disposition: attachment}, e.g. a report's CSV) is handed over unread, to be streamed on by a caller
 * that takes its body as an {@code InputStream} and closes it: a large file is never held whole.
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
            ClientHttpResponse response = execution.execute(request, body);
            return isDownload(response) ? response : BufferedResponse.readFully(response);
        } catch (IOException e) {
            throw new ServiceUnavailableException(peer, request.getURI(), e);
        }
    }

    private static boolean isDownload(ClientHttpResponse response) throws IOException {
        String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        return response.getStatusCode().is2xxSuccessful() && disposition != null
                && disposition.trim().toLowerCase(Locale.ROOT).startsWith("attachment");
    }
}
