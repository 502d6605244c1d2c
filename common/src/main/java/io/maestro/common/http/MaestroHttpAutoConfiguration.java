package io.maestro.common.http;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/** {@link PeerClients} for every service, from {@code maestro.peers.*} and {@code maestro.timeout}. */
@AutoConfiguration(afterName = "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration")
@EnableConfigurationProperties(PeerProperties.class)
public class MaestroHttpAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PeerClients peerClients(PeerProperties properties, ObjectProvider<RestClient.Builder> builders,
            ObjectProvider<ServiceTokenSource> tokenSource) {
        return new PeerClients(properties, () -> builders.getIfAvailable(RestClient::builder), tokenSource::getIfAvailable);
    }
}
