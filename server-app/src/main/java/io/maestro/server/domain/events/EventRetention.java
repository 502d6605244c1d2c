package io.maestro.server.domain.events;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Removes events older than the retention (§2.8: 0.6 had a TTL index expiring events 15 days after
 * {@code created_at}). A job instead of a TTL index: the embedded store of tests and standalone ignores TTL indexes,
 * and the job behaves the same on every store.
 */
public class EventRetention {

    private static final Logger LOG = LoggerFactory.getLogger(EventRetention.class);

    private final MongoTemplate mongo;
    private final String collection;
    private final Duration retention;
    private final Clock clock;

    public EventRetention(MongoTemplate mongo, String collection, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("The event retention must be positive, got " + retention);
        }
        this.mongo = mongo;
        this.collection = collection;
        this.retention = retention;
        this.clock = clock;
    }

    /** Deletes the events created before now minus the retention; returns how many. */
    @Scheduled(fixedDelayString = "${maestro.events.retention-interval}", initialDelayString = "${maestro.events.retention-interval}")
    public long removeExpired() {
        Date cutoff = Date.from(clock.instant().minus(retention));
        long removed = mongo.getCollection(collection)
                .deleteMany(new Document("created_at", new Document("$lt", cutoff))).getDeletedCount();
        if (removed > 0) {
            LOG.info("Removed {} events created before {}", removed, cutoff.toInstant());
        }
        return removed;
    }
}
