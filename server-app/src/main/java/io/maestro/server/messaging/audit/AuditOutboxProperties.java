package io.maestro.server.messaging.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maestro.audit.*} of server-app: how the audit outbox is relayed (docs/audit-app.md, "The audit outbox").
 *
 * @param retryInterval how long the relay waits after the broker refused a message before publishing it again
 * @param outbox        the outbox's relay
 */
@ConfigurationProperties("maestro.audit")
public record AuditOutboxProperties(@DefaultValue("5s") Duration retryInterval, @DefaultValue Outbox outbox) {

    /**
     * @param batchSize       the most entries one round publishes
     * @param pollInterval    how often the relay looks for entries when no request wakes it (other instances' writes,
     *                        entries left incomplete)
     * @param incompleteAfter how long an entry may stay incomplete before the relay settles it from the record
     * @param leaseTtl        how long the relay lease lasts: a dead relay is replaced after it
     * @param replayWindow    how long published entries are kept, to be published again (same ids, recorded once) by
     *                        the next relay that takes the lease; for a broker that keeps messages in memory only (the
     *                        standalone runtime), whose crash loses what it confirmed but had not delivered. 0: an entry
     *                        goes at its confirm
     */
    public record Outbox(@DefaultValue("200") int batchSize, @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("10s") Duration incompleteAfter, @DefaultValue("15s") Duration leaseTtl,
            @DefaultValue("0s") Duration replayWindow) {
    }
}
