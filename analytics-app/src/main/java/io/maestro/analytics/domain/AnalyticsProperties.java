package io.maestro.analytics.domain;

import io.maestro.common.messaging.MaestroQueues;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maestro.analytics.*}.
 *
 * @param queue    the queue the maps wait on: {@code analytics}; the listener reads the same property
 * @param maxDepth how many steps the dependency lookup follows from an entry point (0.6: 40)
 */
@ConfigurationProperties("maestro.analytics")
public record AnalyticsProperties(@DefaultValue(MaestroQueues.ANALYTICS) String queue,
        @DefaultValue("40") int maxDepth) {

    public AnalyticsProperties {
        if (maxDepth < 0 || maxDepth > 40) {
            throw new IllegalArgumentException("maestro.analytics.max-depth must be between 0 and 40");
        }
    }
}
