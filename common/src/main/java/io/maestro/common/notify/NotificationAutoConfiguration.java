package io.maestro.common.notify;

import io.maestro.common.client.MaestroClientsAutoConfiguration;
import io.maestro.common.client.WebsocketAppClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A {@link NotificationClient} in services that know websocket-app ({@code maestro.peers.websocket}) and its
 * API key ({@code MAESTRO_WEBSOCKET_SECRET}), that is, that have a {@link WebsocketAppClient}.
 */
@AutoConfiguration(after = MaestroClientsAutoConfiguration.class)
@ConditionalOnBean(WebsocketAppClient.class)
public class NotificationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    NotificationClient notificationClient(WebsocketAppClient websocket) {
        return new NotificationClient(websocket);
    }
}
