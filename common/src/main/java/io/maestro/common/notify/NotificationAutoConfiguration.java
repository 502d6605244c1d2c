package io.maestro.common.notify;

import io.maestro.common.config.MaestroSecrets;
import io.maestro.common.http.MaestroHttpAutoConfiguration;
import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerService;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A {@link NotificationClient} in services that know websocket-app ({@code maestro.peers.websocket}) and its
 * API key ({@code MAESTRO_WEBSOCKET_SECRET}).
 */
@AutoConfiguration(after = MaestroHttpAutoConfiguration.class)
@ConditionalOnBean(PeerClients.class)
@ConditionalOnProperty(name = {"maestro.peers.websocket", MaestroSecrets.WEBSOCKET_SECRET})
public class NotificationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    NotificationClient notificationClient(PeerClients peers, Environment environment) {
        String apiKey = environment.getRequiredProperty(MaestroSecrets.WEBSOCKET_SECRET);
        return new NotificationClient(peers.client(PeerService.WEBSOCKET, () -> "apikey " + apiKey));
    }
}
