package io.maestro.scheduler.store;

import io.maestro.common.http.PeerCallException;
import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerProperties;
import io.maestro.common.http.PeerService;
import io.maestro.scheduler.domain.InvalidJobException;
import io.maestro.scheduler.domain.RunFailure;
import io.maestro.scheduler.domain.WebhookCalls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * {@link WebhookCalls}: a Maestro service (by {@code source}, or an absolute URL on a service's base URL) is called
 * with the private service token through common's peer clients; any other URL with a client of its own that sends no
 * token. The args go as a JSON body, except on {@code GET}, which has none.
 */
@Component
public class HttpWebhookCalls implements WebhookCalls {

    private final PeerClients peers;
    private final PeerEndpoints endpoints;
    private final RestClient outside;

    public HttpWebhookCalls(PeerClients peers, PeerEndpoints endpoints, PeerProperties settings,
            ObjectProvider<RestClient.Builder> builders) {
        this.peers = peers;
        this.endpoints = endpoints;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(settings.timeout()).version(HttpClient.Version.HTTP_1_1).build());
        requests.setReadTimeout(settings.timeout());
        this.outside = builders.getIfAvailable(RestClient::builder).requestFactory(requests)
                .defaultStatusHandler(status -> !status.is2xxSuccessful(), (request, response) -> {
                    String body = StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8);
                    throw RunFailure.failed("The endpoint answered " + response.getStatusCode().value()
                            + (body.isBlank() ? "" : ": " + body));
                })
                .build();
    }

    @Override
    public String call(String method, String source, String endpoint, Map<String, Object> body) {
        HttpMethod verb = HttpMethod.valueOf(method);
        if (source != null) {
            PeerService peer = peerOf(source);
            return callPeer(peer, verb, endpoints.on(peer, endpoint), body);
        }
        URI url = endpoints.absolute(endpoint);
        Optional<PeerService> maestroService = endpoints.serviceAt(url);
        if (maestroService.isPresent()) {
            return callPeer(maestroService.get(), verb, url, body);
        }
        try {
            return withBody(outside.method(verb).uri(url), verb, body).retrieve().body(String.class);
        } catch (ResourceAccessException unreachable) {
            throw RunFailure.failed(unreachable.getCause() instanceof HttpTimeoutException
                    ? "The endpoint did not answer in time" : "The endpoint is unreachable: " + unreachable.getMessage());
        }
    }

    private String callPeer(PeerService peer, HttpMethod verb, URI url, Map<String, Object> body) {
        try {
            return withBody(peers.client(peer).method(verb).uri(url), verb, body).retrieve().body(String.class);
        } catch (PeerCallException failure) {
            throw PeerFailures.of(failure);
        }
    }

    private static RestClient.RequestBodySpec withBody(RestClient.RequestBodySpec request, HttpMethod verb,
            Map<String, Object> body) {
        return HttpMethod.GET.equals(verb) ? request : request.contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /** 0.6's sources; {@code analytic} is analytics-app (0.6 read a variable that did not exist, §13.24). */
    private static PeerService peerOf(String source) {
        return switch (source) {
            case "discovery" -> PeerService.DISCOVERY;
            case "report" -> PeerService.REPORT;
            case "analytic", "analytics" -> PeerService.ANALYTICS;
            default -> throw new InvalidJobException("source '" + source + "' is none of discovery, report, analytic");
        };
    }
}
