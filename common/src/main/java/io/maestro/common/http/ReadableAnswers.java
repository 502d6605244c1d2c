package io.maestro.common.http;

import java.net.URI;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClientException;
import org.springframework.web.service.invoker.HttpExchangeAdapter;
import org.springframework.web.service.invoker.HttpExchangeAdapterDecorator;
import org.springframework.web.service.invoker.HttpRequestValues;

/**
 * Keeps a typed client's failures to {@link PeerCallException}: the status and I/O failures already are
 * ({@link PeerClients}); an answer its message converters cannot read becomes an {@link UnreadableAnswerException}.
 */
final class ReadableAnswers extends HttpExchangeAdapterDecorator {

    private final PeerService peer;
    private final URI baseUrl;

    ReadableAnswers(HttpExchangeAdapter delegate, PeerService peer, URI baseUrl) {
        super(delegate);
        this.peer = peer;
        this.baseUrl = baseUrl;
    }

    @Override
    public <T> T exchangeForBody(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
        try {
            return super.exchangeForBody(values, bodyType);
        } catch (RestClientException unreadable) {
            throw unreadable(values, unreadable);
        }
    }

    @Override
    public <T> ResponseEntity<T> exchangeForEntity(HttpRequestValues values, ParameterizedTypeReference<T> bodyType) {
        try {
            return super.exchangeForEntity(values, bodyType);
        } catch (RestClientException unreadable) {
            throw unreadable(values, unreadable);
        }
    }

    private UnreadableAnswerException unreadable(HttpRequestValues values, RestClientException cause) {
        URI url = values.getUri() != null ? values.getUri() : baseUrl;
        return new UnreadableAnswerException(peer, url, cause);
    }
}
