package io.maestro.audit.domain;

import io.maestro.common.messaging.MongoProcessedMessageStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention in the audit store, one scheduled job:
 * <ul>
 * <li>history rows older than {@code MAESTRO_AUDIT_TTL_DAYS} are deleted (compatibility.md D3; 0 = keep forever).
 * Snapshots stay: they are the current state the next diff starts from;</li>
 * <li>the ids of recorded messages are forgotten after {@code maestro.audit.processed-ids-retention} (7 days): a
 * duplicate comes soon after its original, and one id is kept per audit message (100,000 for a first sync of 100,000
 * servers).</li>
 * </ul>
 * Running it on several instances at once is harmless (the same documents are deleted).
 */
@Component
public class AuditRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditStore store;
    private final MongoProcessedMessageStore processedMessages;
    private final AuditProperties properties;

    public AuditRetention(AuditStore store, MongoProcessedMessageStore processedMessages, AuditProperties properties) {
        this.store = store;
        this.processedMessages = processedMessages;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${maestro.audit.retention-interval}", initialDelayString = "${maestro.audit.retention-interval}")
    void removeExpired() {
        Instant now = Instant.now();
        removeExpiredRows(now);
        forgetExpiredIds(now);
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

    /** Forgets the message ids recorded longer than their retention before {@code now}; how many went. */
    public long forgetExpiredIds(Instant now) {
        long forgotten = processedMessages.forgetProcessedBefore(now.minus(properties.processedIdsRetention()));
        if (forgotten > 0) {
            LOG.info("Forgot {} processed audit message ids older than {}", forgotten, properties.processedIdsRetention());
        }
        return forgotten;
    }
}
