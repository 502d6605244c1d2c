package io.maestro.server.messaging.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import io.maestro.common.audit.AuditEvent;
import io.maestro.common.audit.Change;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.server.domain.resource.AuditIntents;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceDefinition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@link AuditIntents} as an outbox in server-app's own database ({@value #COLLECTION}), from which
 * {@link AuditRelay} publishes. An entry is written before the change ({@code opened_at}, no body yet) and completed
 * after it ({@code body}: the record as stored then, {@code changed_at}: when that body was read). The store has no
 * transactions; this order is what makes a crash lose nothing (docs/audit-app.md, "The audit outbox"):
 * <ul>
 * <li>an entry whose write failed or matched nothing is removed by the request itself;</li>
 * <li>an entry left incomplete (the process died, or completing it failed) for {@code maestro.audit.outbox
 * .incomplete-after} is settled by the relay from the record's current state ({@link #settle}): completed with it, or
 * removed when the change never landed (a creation without its record, a removal of a record still active);</li>
 * <li>completing is conditional (only an incomplete entry is completed), so when the relay settled an entry whose
 * write was merely slow, the request's completion becomes an entry of its own instead of being lost.</li>
 * </ul>
 * Every entry names the queue it goes to: the relay of that queue publishes it. Where the broker keeps messages in
 * memory only, published entries are kept a while ({@value #PUBLISHED}) and published again when a relay takes over.
 */
@Component
class AuditOutbox implements AuditIntents {

    static final String COLLECTION = "audit_outbox";
    /** Published entries kept for {@code maestro.audit.outbox.replay-window}. */
    static final String PUBLISHED = "audit_outbox_published";

    private static final Logger log = LoggerFactory.getLogger(AuditOutbox.class);

    private static final String ID = "_id";
    private static final String QUEUE = "queue";
    private static final String ENTITY = "entity";
    private static final String COLLECTION_NAME = "collection";
    private static final String RECORD_ID = "record_id";
    private static final String CHANGE = "change";
    private static final String USER = "user";
    private static final String TEAM = "team";
    private static final String OPENED_AT = "opened_at";
    private static final String CHANGED_AT = "changed_at";
    private static final String BODY = "body";
    private static final String PUBLISHED_AT = "published_at";

    private final MongoTemplate mongo;
    private final AuditEvents events;
    private final String queue;
    private final Clock clock = Clock.systemUTC();
    /** Released for every completed entry: wakes the relay instead of leaving the entry to its next poll. */
    private final Semaphore completions = new Semaphore(0);

    AuditOutbox(MongoTemplate mongo, AuditEvents events, @Value(MaestroQueues.AUDIT_QUEUE) String queue) {
        this.mongo = mongo;
        this.events = events;
        this.queue = queue;
    }

    @Override
    public PendingAudit intend(ResourceDefinition definition, Change change, ObjectId recordId, Actor actor) {
        PendingAudit pending = new PendingAudit(UUID.randomUUID().toString(), definition, change, recordId, actor);
        Document entry = entry(pending.id(), pending);
        // a failure here fails the request before its write: no change without its entry
        entries().insertOne(entry);
        return pending;
    }

    @Override
    public void written(PendingAudit pending) {
        complete(pending, () -> events.body(pending.definition().collection(), pending.recordId()));
    }

    @Override
    public void written(PendingAudit pending, Document stored) {
        complete(pending, () -> AuditEvents.body(stored));
    }

    /** Failing here leaves the entry incomplete, and the relay settles it: the write itself has succeeded. */
    private void complete(PendingAudit pending, Supplier<Map<String, Object>> storedBody) {
        try {
            Map<String, Object> body = storedBody.get();
            Document completion = new Document(BODY, body).append(CHANGED_AT, Date.from(clock.instant()));
            if (entries().updateOne(incomplete(pending.id()), new Document("$set", completion)).getMatchedCount() == 0) {
                // the relay settled the entry meanwhile, from a state read before this write may have landed
                entries().insertOne(entry(UUID.randomUUID().toString(), pending).append(BODY, body)
                        .append(CHANGED_AT, completion.get(CHANGED_AT)));
            }
            completions.release();
        } catch (RuntimeException failure) {
            log.error("Audit outbox entry {} ({} {} {}) not completed; the relay will settle it from the record",
                    pending.id(), pending.change(), pending.definition().entityName(), pending.recordId(), failure);
        }
    }

    @Override
    public void abandoned(PendingAudit pending) {
        try {
            entries().deleteOne(incomplete(pending.id()));
        } catch (RuntimeException failure) {
            log.warn("Audit outbox entry {} of a write that did not happen not removed; the relay will settle it: {}",
                    pending.id(), failure.getMessage());
        }
    }

    private Document entry(String id, PendingAudit pending) {
        AuditEvent.Team team = AuditEvents.team(pending.actor());
        return new Document(ID, id).append(QUEUE, queue).append(ENTITY, pending.definition().entityName())
                .append(COLLECTION_NAME, pending.definition().collection()).append(RECORD_ID, pending.recordId())
                .append(CHANGE, pending.change().name()).append(USER, pending.actor().user().email())
                .append(TEAM, team == null ? null : new Document("id", team.id()).append("name", team.name()))
                .append(OPENED_AT, Date.from(clock.instant()));
    }

    /**
     * Up to {@code limit} entries of {@code relayedQueue} ready to publish, oldest first: the completed ones, and those
     * left incomplete since before {@code incompleteBefore}.
     */
    List<Document> due(String relayedQueue, Instant incompleteBefore, int limit) {
        Bson ready = Filters.or(Filters.exists(CHANGED_AT), Filters.lt(OPENED_AT, Date.from(incompleteBefore)));
        return entries().find(Filters.and(Filters.eq(QUEUE, relayedQueue), ready)).sort(Sorts.ascending(OPENED_AT))
                .limit(limit).into(new ArrayList<>());
    }

    static boolean isComplete(Document entry) {
        return entry.containsKey(CHANGED_AT);
    }

    /**
     * Settles an entry left incomplete: completes it with the record's current state, or removes it when its change
     * never landed. Answers the completed entry, or null when there is nothing to publish (removed, or completed by
     * its request meanwhile: the next round publishes it).
     */
    Document settle(Document entry) {
        String collection = entry.getString(COLLECTION_NAME);
        ObjectId recordId = entry.getObjectId(RECORD_ID);
        Change change = Change.valueOf(entry.getString(CHANGE));
        Boolean deleted = events.deleted(collection, recordId);
        boolean landed = deleted != null && (change != Change.DELETE || deleted);
        if (!landed) {
            log.info("Audit outbox entry {}: the {} of {} {} never landed; dropped", entry.get(ID), change,
                    entry.getString(ENTITY), recordId);
            entries().deleteOne(incomplete(entry.getString(ID)));
            return null;
        }
        Document completion = new Document(BODY, events.body(collection, recordId))
                .append(CHANGED_AT, Date.from(clock.instant()));
        if (entries().updateOne(incomplete(entry.getString(ID)), new Document("$set", completion)).getMatchedCount() == 0) {
            return null;
        }
        log.info("Audit outbox entry {}: the {} of {} {} was left incomplete; published with the record as stored now",
                entry.get(ID), change, entry.getString(ENTITY), recordId);
        Document settled = new Document(entry);
        settled.putAll(completion);
        return settled;
    }

    /** The message of a completed entry: its id is the entry's, its time when its body was read. */
    static MaestroMessage<AuditEvent> message(Document entry) {
        Document team = entry.get(TEAM, Document.class);
        AuditEvent event = new AuditEvent(entry.getString(ENTITY), entry.getObjectId(RECORD_ID).toHexString(),
                Change.valueOf(entry.getString(CHANGE)), body(entry), entry.getString(USER),
                team == null ? null : new AuditEvent.Team(team.getString("id"), team.getString("name")));
        return new MaestroMessage<>(entry.getString(ID), entry.getDate(CHANGED_AT).toInstant(), event);
    }

    /** The entry's body: a document as read from the store, a map as {@link #settle} put it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Document entry) {
        return (Map<String, Object>) entry.get(BODY);
    }

    /**
     * Takes published entries out of the outbox; with {@code keep}, into {@value #PUBLISHED} first, stamped
     * {@code published_at}, for {@link #replayPublished}. An entry may be kept already: a round whose removal from the
     * outbox failed published it again. Its older copy goes, or inserting it would be a duplicate key, in every round.
     */
    void published(List<Document> entries, boolean keep) {
        if (entries.isEmpty()) {
            return;
        }
        List<Object> ids = entries.stream().map(entry -> entry.get(ID)).toList();
        if (keep) {
            Date now = Date.from(clock.instant());
            kept().deleteMany(Filters.in(ID, ids));
            kept().insertMany(entries.stream().map(entry -> new Document(entry).append(PUBLISHED_AT, now)).toList());
        }
        entries().deleteMany(Filters.in(ID, ids));
    }

    /**
     * Puts the kept entries of {@code relayedQueue} back in the outbox, to be published again under their ids. An entry
     * may be in the outbox still: a crash between {@link #published}'s two writes (or this method's) leaves it in both.
     * It stays as it is there; inserting it again would be a duplicate key, failing every round of the relay.
     */
    void replayPublished(String relayedQueue) {
        List<Document> replayed = kept().find(Filters.eq(QUEUE, relayedQueue)).into(new ArrayList<>());
        if (replayed.isEmpty()) {
            return;
        }
        List<String> ids = replayed.stream().map(entry -> entry.getString(ID)).toList();
        Set<String> stillInTheOutbox = entries().distinct(ID, Filters.in(ID, ids), String.class).into(new HashSet<>());
        List<Document> notInTheOutbox = replayed.stream()
                .filter(entry -> !stillInTheOutbox.contains(entry.getString(ID))).toList();
        notInTheOutbox.forEach(entry -> entry.remove(PUBLISHED_AT));
        if (!notInTheOutbox.isEmpty()) {
            entries().insertMany(notInTheOutbox);
        }
        kept().deleteMany(Filters.in(ID, ids));
        log.info("Audit outbox: {} entries published before the relay changed hands published again ({} of them still in"
                + " the outbox)", replayed.size(), stillInTheOutbox.size());
    }

    /** Forgets the kept entries published before {@code cutoff}. */
    void forgetPublishedBefore(Instant cutoff) {
        kept().deleteMany(Filters.lt(PUBLISHED_AT, Date.from(cutoff)));
    }

    /** Waits until an entry is completed or {@code timeout} has passed. */
    void awaitCompletion(Duration timeout) throws InterruptedException {
        if (completions.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            completions.drainPermits();
        }
    }

    private static Bson incomplete(String id) {
        return Filters.and(Filters.eq(ID, id), Filters.exists(CHANGED_AT, false));
    }

    private MongoCollection<Document> kept() {
        return mongo.getDb().getCollection(PUBLISHED);
    }

    private MongoCollection<Document> entries() {
        return mongo.getDb().getCollection(COLLECTION);
    }
}
