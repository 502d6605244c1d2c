package io.maestro.common.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A response whose body has been read completely, so that a peer that stalls half-way through its body fails
 * inside {@link PeerCallInterceptor} (and becomes a {@link ServiceUnavailableException}) rather than later in a
 * message converter.
 */
final class BufferedResponse implements ClientHttpResponse {

    private final HttpStatusCode status;
    private final String statusText;
    private final HttpHeaders headers;
    private final byte[] body;

    private BufferedResponse(HttpStatusCode status, String statusText, HttpHeaders headers, byte[] body) {
        this.status = status;
        this.statusText = statusText;
        this.headers = headers;
        this.body = body;
    }

    static BufferedResponse readFully(ClientHttpResponse response) throws IOException {
        try (response; InputStream in = response.getBody()) {
            return new BufferedResponse(response.getStatusCode(), response.getStatusText(), response.getHeaders(),
                    in.readAllBytes());
        }
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return status;
    }

    @Override
    public String getStatusText() {
        return statusText;
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public InputStream getBody() {
        return new ByteArrayInputStream(body);
    }

    @Override
    public void close() {
    }
}
