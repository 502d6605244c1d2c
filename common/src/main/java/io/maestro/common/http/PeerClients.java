package io.maestro.common.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.ResourceHttpMessageConverter;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * A {@link RestClient} per peer service, on its {@code maestro.peers.<key>} base URL with the
 * {@code maestro.timeout} timeouts: to connect, to the answer's headers, and of each read of its body (not of the
 * whole body: a long download goes on as long as the peer keeps sending), and the typed clients of
 * {@code io.maestro.common.client} over them. A refused connection, a timeout or a 5xx answer throws {@link ServiceUnavailableException}; a 4xx answer
 * {@link ServiceCallException}; an answer a typed client cannot read {@link UnreadableAnswerException}.
 */
public class PeerClients {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final PeerProperties properties;
    private final Supplier<RestClient.Builder> builders;
    private final Supplier<ServiceTokenSource> tokenSource;
    private final JdkClientHttpRequestFactory requestFactory;
    private final Map<PeerService, RestClient> authenticated = new ConcurrentHashMap<>();
    private final Map<PeerService, RestClient> anonymous = new ConcurrentHashMap<>();

    /**
     * @param builders    a fresh builder per client (Boot's prototype {@code RestClient.Builder} carries its
     *                    message converters and observations)
     * @param tokenSource resolved when the first authenticated client is built; {@code null} if there is none
     */
    public PeerClients(PeerProperties properties, Supplier<RestClient.Builder> builders,
            Supplier<ServiceTokenSource> tokenSource) {
        this.properties = properties;
        this.builders = builders;
        this.tokenSource = tokenSource;
        // no read timeout on the factory: it would bound the whole body; the client bounds the wait for the headers
        this.requestFactory = new JdkClientHttpRequestFactory(new AnswerTimeoutHttpClient(HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build(), properties.timeout()));
    }

    /** The client for {@code peer}; every call carries a private service token ({@link ServiceTokenSource}). */
    public RestClient client(PeerService peer) {
        return authenticated.computeIfAbsent(peer, key -> {
            ServiceTokenSource tokens = tokenSource.get();
            if (tokens == null) {
                throw new IllegalStateException("No ServiceTokenSource bean: calls to " + peer.serviceName()
                        + " need a private service token");
            }
            return build(peer, tokens::authorizationHeader);
        });
    }

    /**
     * A new client for {@code peer} with another authorization, e.g. websocket-app's {@code apikey <secret>};
     * build it once and keep it.
     */
    public RestClient client(PeerService peer, Supplier<String> authorization) {
        return build(peer, authorization);
    }

    /**
     * {@code type}, an {@code @HttpExchange} interface (common's {@code io.maestro.common.client}), over
     * {@link #client(PeerService)}: each of its calls fails as this client's do.
     */
    public <T> T client(PeerService peer, Class<T> type) {
        return typed(peer, client(peer), type);
    }

    /** {@code type} over a client with another authorization, as {@link #client(PeerService, Supplier)}. */
    public <T> T client(PeerService peer, Supplier<String> authorization, Class<T> type) {
        return typed(peer, build(peer, authorization), type);
    }

    private <T> T typed(PeerService peer, RestClient client, Class<T> type) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client))
                .exchangeAdapterDecorator(adapter -> new ReadableAnswers(adapter, peer, properties.baseUrl(peer)))
                .build().createClient(type);
    }

    /** Calls the peer's {@code GET /} (open to anyone) and says whether it answered, and if not why (without its address). */
    public PeerStatus status(PeerService peer) {
        URI url = properties.baseUrl(peer);
        try {
            RestClient client = anonymous.computeIfAbsent(peer, key -> build(key, null));
            return PeerStatus.up(peer, url, client.get().uri("/").retrieve().body(JSON_OBJECT));
        } catch (PeerCallException e) {
            return PeerStatus.down(peer, url, e.describe());
        } catch (RestClientException e) {
            return PeerStatus.down(peer, url, peer.serviceName() + " did not answer with its description");
        }
    }

    private RestClient build(PeerService peer, Supplier<String> authorization) {
        return builders.get()
                .baseUrl(properties.baseUrl(peer))
                .requestFactory(requestFactory)
                .requestInterceptor(new PeerCallInterceptor(peer, authorization, properties.timeout()))
                // an InputStreamResource answer is read as it comes, whatever its type (a report's download, streamed on)
                .configureMessageConverters(converters -> converters.registerDefaults()
                        .addCustomConverter(new ResourceHttpMessageConverter(true)))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    String body = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
                    if (response.getStatusCode().is5xxServerError()) {
                        throw new ServiceUnavailableException(peer, request.getURI(), response.getStatusCode(), body);
                    }
                    throw new ServiceCallException(peer, request.getURI(), response.getStatusCode(), body);
                })
                .build();
    }
}
