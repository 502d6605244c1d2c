package io.maestro.common.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maestro.messaging.*}: how often a failing handler is tried and how long it waits in between, how long
 * a publisher waits for the broker's confirm, which queues (and their dead-letter queues) this service declares,
 * and how many processed message ids the in-memory idempotency store remembers.
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
        @DefaultValue("10000") int processedIdsCapacity) {

    public MessagingProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maestro.messaging.max-attempts must be at least 1, was " + maxAttempts);
        }
    }
}
