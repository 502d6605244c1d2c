package io.maestro.websocket.config;

import io.maestro.common.client.DataAppClient;
import io.maestro.common.client.ServerAppClient;
import io.maestro.websocket.domain.CachingTeamMembership;
import io.maestro.websocket.domain.SessionCheck;
import io.maestro.websocket.domain.WebsocketProperties;
import io.maestro.websocket.store.DataAppTeamMembership;
import io.maestro.websocket.store.ServerAppSessionCheck;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The peers that answer this service's checks: team membership by data-app ({@code maestro.peers.data}), positive
 * answers cached briefly; session tokens by server-app ({@code maestro.peers.server}).
 */
@Configuration(proxyBeanMethods = false)
public class PeerChecksConfiguration {

    @Bean
    CachingTeamMembership teamMembership(DataAppClient data, WebsocketProperties properties) {
        return new CachingTeamMembership(new DataAppTeamMembership(data), properties.membershipCache(), Clock.systemUTC());
    }

    @Bean
    SessionCheck sessionCheck(ServerAppClient server) {
        return new ServerAppSessionCheck(server);
    }
}
