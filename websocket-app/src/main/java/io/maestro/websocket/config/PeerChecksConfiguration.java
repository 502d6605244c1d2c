package io.maestro.websocket.config;

import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.websocket.domain.CachingTeamMembership;
import io.maestro.websocket.domain.SessionCheck;
import io.maestro.websocket.domain.WebsocketProperties;
import io.maestro.websocket.store.DataAppTeamMembership;
import io.maestro.websocket.store.ServerAppSessionCheck;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peers that answer this service's checks: team membership by data-app ({@code maestro.peers.data}), positive
 * answers cached briefly; session tokens by server-app ({@code maestro.peers.server}).
 */
@Configuration(proxyBeanMethods = false)
public class PeerChecksConfiguration {

    @Bean
    CachingTeamMembership teamMembership(RestClient.Builder restClients, @Value("${maestro.peers.data}") String dataUri,
            @Value("${maestro.timeout}") long timeoutMs, PrivateServiceTokens serviceTokens, JsonMapper json,
            WebsocketProperties properties) {
        RestClient dataApp = peer(restClients, dataUri, timeoutMs);
        return new CachingTeamMembership(new DataAppTeamMembership(dataApp, serviceTokens, json),
                properties.membershipCache(), Clock.systemUTC());
    }

    @Bean
    SessionCheck sessionCheck(RestClient.Builder restClients, @Value("${maestro.peers.server}") String serverUri,
            @Value("${maestro.timeout}") long timeoutMs) {
        return new ServerAppSessionCheck(peer(restClients, serverUri, timeoutMs));
    }

    private static RestClient peer(RestClient.Builder restClients, String baseUri, long timeoutMs) {
        Duration timeout = Duration.ofMillis(timeoutMs);
        // HTTP/1.1: the JDK client's h2c upgrade attempt is not understood by every peer.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return restClients.clone().baseUrl(baseUri).requestFactory(requests).build();
    }
}
