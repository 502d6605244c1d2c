package io.maestro.audit.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param ttlDays history rows older than this many days are removed ({@code MAESTRO_AUDIT_TTL_DAYS}; 0 keeps them forever)
 * @param retentionInterval how often the retention job runs
 */
@ConfigurationProperties("maestro.audit")
public record AuditProperties(int ttlDays, Duration retentionInterval) {
}
