package io.maestro.websocket.config;

import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.websocket.domain.CachingTeamMembership;
import io.maestro.websocket.domain.TeamMembership;
import io.maestro.websocket.store.DataAppTeamMembership;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Team membership answered by data-app ({@code maestro.peers.data}), positive answers cached briefly. */
@Configuration(proxyBeanMethods = false)
public class TeamMembershipConfiguration {

    @Bean
    TeamMembership teamMembership(RestClient.Builder restClients, @Value("${maestro.peers.data}") String dataUri,
            @Value("${maestro.timeout}") long timeoutMs, PrivateServiceTokens serviceTokens, JsonMapper json,
            WebsocketProperties properties) {
        Duration timeout = Duration.ofMillis(timeoutMs);
        // HTTP/1.1: the JDK client's h2c upgrade attempt is not understood by every peer.
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        RestClient dataApp = restClients.clone().baseUrl(dataUri).requestFactory(requests).build();
        return new CachingTeamMembership(new DataAppTeamMembership(dataApp, serviceTokens, json),
                properties.membershipCache(), Clock.systemUTC());
    }
}
