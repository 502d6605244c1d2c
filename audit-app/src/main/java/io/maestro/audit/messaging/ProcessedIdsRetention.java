package io.maestro.audit.messaging;

import io.maestro.audit.config.AuditProperties;
import io.maestro.common.messaging.MongoProcessedMessageStore;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code processed_messages} to the ids a duplicate could still arrive for ({@code
 * maestro.audit.processed-ids-retention}, 7 days): one id is recorded per audit message, 100,000 for a first sync
 * of 100,000 servers.
 */
@Component
public class ProcessedIdsRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessedIdsRetention.class);

    private final MongoProcessedMessageStore processedMessages;
    private final AuditProperties properties;

    ProcessedIdsRetention(MongoProcessedMessageStore processedMessages, AuditProperties properties) {
        this.processedMessages = processedMessages;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${maestro.audit.retention-interval}", initialDelayString = "${maestro.audit.retention-interval}")
    void forgetExpiredIds() {
        forgetExpiredIds(Instant.now());
    }

    /** Forgets the ids recorded longer than the retention before {@code now}; how many went. */
    public long forgetExpiredIds(Instant now) {
        long forgotten = processedMessages.forgetProcessedBefore(now.minus(properties.processedIdsRetention()));
        if (forgotten > 0) {
            LOG.info("Forgot {} processed audit message ids older than {}", forgotten, properties.processedIdsRetention());
        }
        return forgotten;
    }
}
