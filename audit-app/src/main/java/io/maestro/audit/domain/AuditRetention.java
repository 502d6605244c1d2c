package io.maestro.audit.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention in the audit store, one scheduled job: history rows older than {@code MAESTRO_AUDIT_TTL_DAYS} are deleted
 * (compatibility.md D3; 0 = keep forever). Snapshots stay: they are the current state the next diff starts from.
 * Running it on several instances at once is harmless (the same documents are deleted).
 */
@Component
public class AuditRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditStore store;
    private final AuditProperties properties;

    public AuditRetention(AuditStore store, AuditProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${maestro.audit.retention-interval}", initialDelayString = "${maestro.audit.retention-interval}")
    void removeExpired() {
        removeExpiredRows(Instant.now());
    }

    /** Deletes the rows created more than the configured number of days before {@code now}; how many went. */
    public long removeExpiredRows(Instant now) {
        if (properties.ttlDays() <= 0) {
            return 0;
        }
        long removed = store.removeRowsCreatedBefore(Date.from(now.minus(Duration.ofDays(properties.ttlDays()))));
        if (removed > 0) {
            LOG.info("Audit retention removed {} rows older than {} days", removed, properties.ttlDays());
        }
        return removed;
    }
}
