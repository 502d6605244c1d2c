package io.maestro.server.messaging.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link AuditOutboxProperties} for the outbox's relay. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditOutboxProperties.class)
class AuditOutboxConfiguration {
}
