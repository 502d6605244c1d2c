package io.maestro.audit.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ttlDays history rows older than this many days are removed ({@code MAESTRO_AUDIT_TTL_DAYS}; 0 keeps them forever)
 * @param retentionInterval how often the retention job runs
 * @param processedIdsRetention how long the id of a recorded message is kept to refuse its duplicates
 */
@ConfigurationProperties("maestro.audit")
public record AuditProperties(int ttlDays, Duration retentionInterval,
        @DefaultValue("P7D") Duration processedIdsRetention) {
}
