package io.maestro.server.messaging.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link AuditPublisher#retryBacklog()} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditPublishing {
}
