package io.maestro.server.store.identity;

import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.common.web.DownstreamException;
import io.maestro.server.domain.identity.AuditHistory;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** audit-app's {@code GET /audit/<entity>/<id>}, called with a fresh private service token ({@code maestro.peers.audit}). */
@Component
public class HttpAuditHistory implements AuditHistory {

    private final RestClient audit;
    private final String baseUri;
    private final PrivateServiceTokens serviceTokens;

    public HttpAuditHistory(RestClient.Builder builder, @Value("${maestro.peers.audit}") String baseUri,
            @Value("${maestro.timeout}") long timeoutMillis, PrivateServiceTokens serviceTokens) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofMillis(timeoutMillis));
        requests.setReadTimeout(Duration.ofMillis(timeoutMillis));
        this.audit = builder.clone().requestFactory(requests).build();
        this.baseUri = baseUri;
        this.serviceTokens = serviceTokens;
    }

    @Override
    public Object history(String entity, String id, Map<String, String> listParameters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(baseUri).pathSegment("audit", entity, id);
        listParameters.forEach(uri::queryParam);
        URI target = uri.build().encode().toUri();
        try {
            return audit.get().uri(target)
                    .header(HttpHeaders.AUTHORIZATION, "JWT " + serviceTokens.issue("server-app"))
                    .retrieve()
                    .body(JsonNode.class);
        } catch (ResourceAccessException e) {
            throw DownstreamException.http("Audit service is unreachable at " + baseUri, e);
        } catch (RestClientResponseException e) {
            throw DownstreamException.http("Audit service at " + baseUri + " answered " + e.getStatusCode().value(), e);
        }
    }
}
