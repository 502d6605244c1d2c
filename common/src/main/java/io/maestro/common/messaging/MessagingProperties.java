package io.maestro.common.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maestro.messaging.*}: how often a failing handler is tried and how long it waits in between, how long
 * a publisher waits for the broker's confirm, which queues (and their dead-letter queues) this service declares,
 * how many processed message ids the in-memory idempotency store remembers, and how a batch listener gathers its
 * batches: at most {@code batchSize} messages, waiting at most {@code batchWait} for each next one.
 */
@ConfigurationProperties("maestro.messaging")
public record MessagingProperties(
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("2.0") double backoffMultiplier,
        @DefaultValue("10s") Duration maxBackoff,
        @DefaultValue("5s") Duration confirmTimeout,
        @DefaultValue({MaestroQueues.DISCOVERY, MaestroQueues.REPORTS, MaestroQueues.ANALYTICS,
                MaestroQueues.SCHEDULER, MaestroQueues.AUDIT}) List<String> queues,
        @DefaultValue("10000") int processedIdsCapacity,
        @DefaultValue("50") int batchSize,
        @DefaultValue("20ms") Duration batchWait) {

    public MessagingProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maestro.messaging.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("maestro.messaging.batch-size must be at least 1, was " + batchSize);
        }
    }
}
