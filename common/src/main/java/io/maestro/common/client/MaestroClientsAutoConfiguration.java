package io.maestro.common.client;

import io.maestro.common.config.MaestroSecrets;
import io.maestro.common.http.MaestroHttpAutoConfiguration;
import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceTokenSource;
import io.maestro.common.token.TokenConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The client of each peer a service has a base URL for ({@code maestro.peers.<key>}), over that peer's
 * {@link PeerClients} client: a service gets the clients of the peers it calls, and no other.
 */
@AutoConfiguration(after = {MaestroHttpAutoConfiguration.class, TokenConfiguration.class})
@ConditionalOnBean(PeerClients.class)
public class MaestroClientsAutoConfiguration {

    /** The peers called with a private service token: a service that holds its secrets. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(ServiceTokenSource.class)
    static class WithServiceToken {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnProperty("maestro.peers.data")
        DataAppClient dataAppClient(PeerClients peers) {
            return peers.client(PeerService.DATA, DataAppClient.class);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnProperty("maestro.peers.audit")
        AuditAppClient auditAppClient(PeerClients peers) {
            return peers.client(PeerService.AUDIT, AuditAppClient.class);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnProperty("maestro.peers.discovery")
        DiscoveryAppClient discoveryAppClient(PeerClients peers) {
            return peers.client(PeerService.DISCOVERY, DiscoveryAppClient.class);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnProperty("maestro.peers.server")
        ServerAppClient serverAppClient(PeerClients peers) {
            return peers.client(PeerService.SERVER, ServerAppClient.class);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnProperty("maestro.peers.report")
        ReportsAppClient reportsAppClient(PeerClients peers) {
            return peers.client(PeerService.REPORT, ReportsAppClient.class);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnProperty("maestro.peers.analytics")
        AnalyticsAppClient analyticsAppClient(PeerClients peers) {
            return peers.client(PeerService.ANALYTICS, AnalyticsAppClient.class);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnProperty("maestro.peers.analytics-front")
        AnalyticsFrontClient analyticsFrontClient(PeerClients peers) {
            return peers.client(PeerService.ANALYTICS_FRONT, AnalyticsFrontClient.class);
        }
    }

    /** websocket-app takes its API key ({@code MAESTRO_WEBSOCKET_SECRET}) instead of a service token. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = {"maestro.peers.websocket", MaestroSecrets.WEBSOCKET_SECRET})
    WebsocketAppClient websocketAppClient(PeerClients peers, Environment environment) {
        String apiKey = environment.getRequiredProperty(MaestroSecrets.WEBSOCKET_SECRET);
        return peers.client(PeerService.WEBSOCKET, () -> "apikey " + apiKey, WebsocketAppClient.class);
    }
}
