package io.maestro.scheduler.store;

import io.maestro.common.http.PeerProperties;
import io.maestro.scheduler.domain.InvalidJobException;
import io.maestro.scheduler.domain.RunFailure;
import io.maestro.scheduler.domain.WebhookCalls;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * {@link WebhookCalls}: an outside URL, called with a client of its own that sends no token; the args go as a JSON
 * body, except on {@code GET}, which has none. A URL on a Maestro service's base URL is refused (S32).
 */
@Component
public class HttpWebhookCalls implements WebhookCalls {

    private final PeerEndpoints endpoints;
    private final RestClient outside;

    public HttpWebhookCalls(PeerEndpoints endpoints, PeerProperties settings,
            ObjectProvider<RestClient.Builder> builders) {
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
    public String call(String method, String endpoint, Map<String, Object> body) {
        HttpMethod verb = HttpMethod.valueOf(method);
        URI url = endpoints.absolute(endpoint);
        endpoints.serviceAt(url).ifPresent(service -> {
            throw new InvalidJobException("endpoint '" + endpoint + "' is on " + service.serviceName()
                    + ", which a webhook does not call; run its tasks with a connections or reports job");
        });
        try {
            RestClient.RequestBodySpec request = outside.method(verb).uri(url);
            if (!HttpMethod.GET.equals(verb)) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.retrieve().body(String.class);
        } catch (ResourceAccessException unreachable) {
            if (unreachable.getCause() instanceof HttpTimeoutException) {
                throw RunFailure.failed("The endpoint did not answer in time");
            }
            throw RunFailure.failed("The endpoint " + url + " is unreachable: " + why(unreachable));
        }
    }

    /** The JDK client's connection failures carry no message ("null"): say what happened instead. */
    private static String why(ResourceAccessException unreachable) {
        for (Throwable cause = unreachable; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
        }
        Throwable cause = unreachable.getMostSpecificCause();
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
