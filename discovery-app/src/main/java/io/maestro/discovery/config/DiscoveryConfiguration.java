package io.maestro.discovery.config;

import io.maestro.common.config.MaestroSecrets;
import io.maestro.common.crypto.CredentialCipher;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The credential cipher (only discovery opens connections' {@code conn}, compatibility.md S4), the sync clock, and
 * scheduling (the sync watchdog).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DiscoveryProperties.class)
class DiscoveryConfiguration {

    @Bean
    CredentialCipher credentialCipher(Environment environment) {
        return new CredentialCipher(environment.getRequiredProperty(MaestroSecrets.SECRET_CRYPTO));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
