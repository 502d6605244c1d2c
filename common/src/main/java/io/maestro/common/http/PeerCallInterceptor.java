package io.maestro.common.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Every call to a peer: sets a freshly obtained {@code Authorization} header (when the client has one and the call
 * does not carry its own, as websocket-app's session check sends the browser's token), reads
 * the whole answer, and turns any I/O failure (refused connection, timeout, broken stream) into a
 * {@link ServiceUnavailableException} naming the peer and the URL. A successful download (an answer with
 * {@code Content-Disposition: attachment}, e.g. a report's CSV) is handed over unread, to be streamed on by a caller
 * that takes its body as an {@code InputStream} and closes it: a large file is never held whole. Every read of a body
 * must end within {@code maestro.timeout} ({@link IdleTimeoutInputStream}), however long the whole body takes.
 */
final class PeerCallInterceptor implements ClientHttpRequestInterceptor {

    private final PeerService peer;
    private final Supplier<String> authorization;
    private final Duration readTimeout;

    /** {@code authorization} may be {@code null} for calls that need none ({@code GET /}). */
    PeerCallInterceptor(PeerService peer, Supplier<String> authorization, Duration readTimeout) {
        this.peer = peer;
        this.authorization = authorization;
        this.readTimeout = readTimeout;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) {
        if (authorization != null && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization.get());
        }
        try {
            ClientHttpResponse response = new ReadsBounded(execution.execute(request, body),
                    peer.serviceName() + " at " + request.getURI());
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

    /** The answer with its body's reads bounded by the read timeout. */
    private final class ReadsBounded implements ClientHttpResponse {

        private final ClientHttpResponse response;
        private final String sender;
        private InputStream body;

        ReadsBounded(ClientHttpResponse response, String sender) {
            this.response = response;
            this.sender = sender;
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }

        @Override
        public InputStream getBody() throws IOException {
            if (body == null) {
                body = new IdleTimeoutInputStream(response.getBody(), readTimeout, sender);
            }
            return body;
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
