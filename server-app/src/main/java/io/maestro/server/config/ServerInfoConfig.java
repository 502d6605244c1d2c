package io.maestro.server.config;

import io.maestro.common.config.ServiceInfoContributor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServerInfoConfig {

    /** Maestro 0.6's server-app tells the dashboard how long to wait for it: {@code api_timeout} on {@code GET /}. */
    @Bean
    ServiceInfoContributor apiTimeout(@Value("${maestro.timeout}") long timeoutMillis) {
        return body -> body.put("api_timeout", timeoutMillis);
    }
}
