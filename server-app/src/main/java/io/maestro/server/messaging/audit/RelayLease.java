package io.maestro.server.messaging.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoServerException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Who relays one queue's audit outbox: one server-app of the cluster at a time, holding a lease document in
 * {@value #COLLECTION} ({@code _id} names the lease, {@code holder} this process, {@code expires_at} when another may
 * take it). The holder renews it when half of it has run out; a holder that dies is replaced once its lease expires,
 * one that stops gives it up at once.
 */
class RelayLease {

    static final String COLLECTION = "leases";

    private final MongoTemplate mongo;
    private final String name;
    private final Duration ttl;
    private final String holder = UUID.randomUUID().toString();
    /** Until when this process holds the lease; null when it does not. */
    private Instant heldUntil;

    RelayLease(MongoTemplate mongo, String name, Duration ttl) {
        this.mongo = mongo;
        this.name = name;
        this.ttl = ttl;
    }

    /** Whether this process holds the lease now, taking or renewing it when due. */
    synchronized boolean holds(Instant now) {
        if (heldUntil != null && now.isBefore(heldUntil.minus(ttl.dividedBy(2)))) {
            return true;
        }
        Instant until = now.plus(ttl);
        try {
            leases().findOneAndUpdate(
                    Filters.and(Filters.eq("_id", name),
                            Filters.or(Filters.eq("holder", holder), Filters.lt("expires_at", Date.from(now)))),
                    Updates.combine(Updates.set("holder", holder), Updates.set("expires_at", Date.from(until))),
                    new FindOneAndUpdateOptions().upsert(true));
        } catch (MongoServerException held) {
            if (ErrorCategory.fromErrorCode(held.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw held;
            }
            // another process holds an unexpired lease: the upsert tried to create a second one
            heldUntil = null;
            return false;
        }
        heldUntil = until;
        return true;
    }

    /** Gives the lease up, so that another process need not wait for it to expire. */
    synchronized void release() {
        if (heldUntil != null) {
            leases().deleteOne(Filters.and(Filters.eq("_id", name), Filters.eq("holder", holder)));
            heldUntil = null;
        }
    }

    private MongoCollection<Document> leases() {
        return mongo.getDb().getCollection(COLLECTION);
    }
}
