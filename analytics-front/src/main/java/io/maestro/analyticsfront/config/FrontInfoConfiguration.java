package io.maestro.analyticsfront.config;

import io.maestro.common.config.ServiceInfoContributor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FrontInfoConfiguration {

    /** Maestro 0.6's analytics-front answered {@code GET /} with {@code api_timeout}, as server-app does (§7.2). */
    @Bean
    ServiceInfoContributor apiTimeout(@Value("${maestro.timeout}") long timeoutMillis) {
        return body -> body.put("api_timeout", timeoutMillis);
    }
}
