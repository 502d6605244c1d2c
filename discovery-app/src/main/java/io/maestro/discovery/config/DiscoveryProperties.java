package io.maestro.discovery.config;

import io.maestro.common.messaging.MaestroQueues;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maestro.discovery.*}.
 *
 * @param translateChunk how many provider items one translate step handles ({@code MAESTRO_TRANSLATE_QTD}, 50)
 * @param queue          the queue the sync steps travel on: {@code discovery}; the listener reads the same property
 * @param progressInterval how often, at most, a running sync reports how far it is (from its start; 0 = every chunk)
 */
@ConfigurationProperties("maestro.discovery")
public record DiscoveryProperties(@DefaultValue("50") int translateChunk,
        @DefaultValue(MaestroQueues.DISCOVERY) String queue,
        @DefaultValue("2s") Duration progressInterval) {

    public DiscoveryProperties {
        if (translateChunk < 1) {
            throw new IllegalArgumentException(
                    "maestro.discovery.translate-chunk (MAESTRO_TRANSLATE_QTD) must be at least 1, was "
                    + translateChunk);
        }
    }
}
