package io.maestro.server.messaging.audit;

import io.maestro.common.audit.AuditEvent;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.messaging.MessagePublishException;
import io.maestro.common.messaging.MessagePublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes the {@link AuditOutbox} to the {@code audit} queue, on a thread of its own so that no request waits for
 * the broker: up to {@code maestro.audit.outbox.batch-size} entries a round, all sent before their confirms are
 * awaited, each entry removed only once the broker has confirmed its message. A message the broker did not take stays
 * in the outbox and is published again, with the same id, after {@code maestro.audit.retry-interval}; audit-app
 * records a message id once. A round starts when a request completes an entry, else every
 * {@code maestro.audit.outbox.poll-interval}. Only the holder of the queue's {@link RelayLease} relays, so one
 * server-app of a cluster publishes a given entry. Each message carries the time its body was read: audit-app orders
 * the changes of a record by it, whatever order the messages arrive in. With {@code maestro.audit.outbox.replay-window}
 * set, published entries are kept that long and a relay that takes the lease publishes them again first.
 */
@Component
class AuditRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditRelay.class);

    private final AuditOutbox outbox;
    private final ObjectProvider<MessagePublisher> publisher;
    private final AuditOutboxProperties properties;
    private final String queue;
    private final RelayLease lease;
    private final Clock clock = Clock.systemUTC();
    private volatile boolean running;
    /** Whether this relay held the lease in its last round. */
    private boolean leading;
    /** When the relay next forgets the kept entries older than the replay window. */
    private Instant nextForget = Instant.EPOCH;
    private Thread thread;

    AuditRelay(AuditOutbox outbox, ObjectProvider<MessagePublisher> publisher, AuditOutboxProperties properties,
            MongoTemplate mongo, @Value(MaestroQueues.AUDIT_QUEUE) String queue) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.properties = properties;
        this.queue = queue;
        this.lease = new RelayLease(mongo, "audit-outbox:" + queue, properties.outbox().leaseTtl());
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::relay, "audit-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(properties.retryInterval().toMillis());
            lease.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Audit relay lease not released; another instance takes it once it expires: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void relay() {
        while (running) {
            try {
                Duration pause = round();
                if (pause == null) {
                    // the broker did not take everything: back off, whatever completes meanwhile
                    Thread.sleep(properties.retryInterval().toMillis());
                } else if (!pause.isZero()) {
                    outbox.awaitCompletion(pause);
                }
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failure) {
                log.warn("Audit relay round failed; trying again in {}: {}", properties.retryInterval(), failure.toString());
                try {
                    Thread.sleep(properties.retryInterval().toMillis());
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    /**
     * One batch; answers how long to wait for a completed entry before the next one (zero: more entries wait now), or
     * null when the broker refused a message and the relay backs off.
     */
    private Duration round() {
        Duration poll = properties.outbox().pollInterval();
        MessagePublisher broker = publisher.getIfAvailable();
        Instant now = clock.instant();
        if (broker == null || !lease.holds(now)) {
            leading = false;
            return poll;
        }
        Duration replayWindow = properties.outbox().replayWindow();
        if (!replayWindow.isZero()) {
            if (!leading) {
                // what the previous holder published may have died with an in-memory broker
                outbox.replayPublished(queue);
            }
            if (!now.isBefore(nextForget)) {
                outbox.forgetPublishedBefore(now.minus(replayWindow));
                nextForget = now.plus(poll);
            }
        }
        leading = true;
        int batchSize = properties.outbox().batchSize();
        List<Document> due = outbox.due(queue, now.minus(properties.outbox().incompleteAfter()), batchSize);
        List<Document> completed = new ArrayList<>(due.size());
        List<MaestroMessage<AuditEvent>> messages = new ArrayList<>(due.size());
        for (Document entry : due) {
            Document complete = AuditOutbox.isComplete(entry) ? entry : outbox.settle(entry);
            if (complete != null) {
                completed.add(complete);
                messages.add(AuditOutbox.message(complete));
            }
        }
        messages.sort(Comparator.comparing(MaestroMessage::createdAt));
        Map<String, MessagePublishException> refused = broker.publishAll(queue, messages);
        outbox.published(completed.stream().filter(entry -> !refused.containsKey(entry.getString("_id"))).toList(),
                !replayWindow.isZero());
        if (!refused.isEmpty()) {
            log.warn("{} of {} audit messages not published, published again in {}: {}", refused.size(),
                    messages.size(), properties.retryInterval(), refused.values().iterator().next().getMessage());
            return null;
        }
        return due.size() < batchSize ? poll : Duration.ZERO;
    }
}
