package io.maestro.server.store.seed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies one seed set at most once per version, recording it in {@code migrations}
 * ({@code {_id: <set name>, checksum, state, claimed_at, applied_at, counts}}).
 *
 * <p>A set whose recorded checksum equals the file's is skipped without reading its collection. Otherwise each
 * document is reconciled by its natural key: missing ones are inserted; ones still holding the content the seeder
 * last wrote (their {@code seeded_checksum} matches their content) are replaced by the new content, keeping
 * {@code _id}, {@code created_at} and {@code active}; ones whose content differs from what was seeded were edited
 * by an administrator and are kept. Documents dropped from a file are left in place.
 *
 * <p>No transactions: the claim on the {@code migrations} record (unique {@code _id}) keeps two instances from
 * applying the same version at once, and a start interrupted half-way re-applies the set next time (the per-document
 * rules make that idempotent).
 */
@Component
public class SeedApplier {

    static final String MIGRATIONS = "migrations";
    static final String STATE_APPLYING = "applying";
    static final String STATE_APPLIED = "applied";
    /** A claim older than this is taken to belong to an instance that died while seeding. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(SeedApplier.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    @Autowired
    public SeedApplier(MongoTemplate mongo) {
        this(mongo, Clock.systemUTC());
    }

    SeedApplier(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public SeedOutcome apply(SeedSet set) {
        Instant now = clock.instant();
        if (!claim(set, now)) {
            Document record = mongo.findById(set.name(), Document.class, MIGRATIONS);
            boolean applied = record != null && STATE_APPLIED.equals(record.getString("state"))
                    && set.checksum().equals(record.getString("checksum"));
            return SeedOutcome.skipped(set.name(),
                    applied ? SeedOutcome.Status.ALREADY_APPLIED : SeedOutcome.Status.CLAIMED_ELSEWHERE);
        }
        Date timestamp = Date.from(now);
        Map<List<Object>, Document> stored = storedByKey(set);
        List<Document> fresh = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        int keptEdited = 0;
        for (Document seed : set.documents()) {
            Document current = stored.get(keyOf(set, seed));
            if (current == null) {
                fresh.add(new Document(seed)
                        .append(SeedFields.ACTIVE, true)
                        .append(SeedFields.CREATED_AT, timestamp)
                        .append(SeedFields.UPDATED_AT, timestamp)
                        .append(SeedFields.SEEDED_CHECKSUM, ContentFingerprint.of(seed)));
                continue;
            }
            switch (reconcile(set, seed, current, timestamp)) {
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case KEPT_EDITED -> keptEdited++;
            }
        }
        if (!fresh.isEmpty()) {
            mongo.insert(fresh, set.collection());
        }
        int inserted = fresh.size();
        mongo.updateFirst(Query.query(Criteria.where(SeedFields.ID).is(set.name())),
                new Update().set("state", STATE_APPLIED)
                        .set("applied_at", timestamp)
                        .set("collection", set.collection())
                        .set("source", set.source())
                        .set("documents", set.documents().size())
                        .set("inserted", inserted)
                        .set("updated", updated)
                        .set("unchanged", unchanged)
                        .set("kept_edited", keptEdited),
                MIGRATIONS);
        return new SeedOutcome(set.name(), SeedOutcome.Status.APPLIED, inserted, updated, unchanged, keptEdited);
    }

    /**
     * Takes the set's record for this version. The upsert's filter matches only a record of another version or a
     * stale claim; when it matches nothing while a record exists, the insert collides on {@code _id}.
     */
    private boolean claim(SeedSet set, Instant now) {
        Query claimable = Query.query(Criteria.where(SeedFields.ID).is(set.name()).orOperator(
                Criteria.where("checksum").ne(set.checksum()),
                Criteria.where("state").is(STATE_APPLYING).and("claimed_at").lt(Date.from(now.minus(STALE_CLAIM)))));
        Update take = new Update().set("checksum", set.checksum())
                .set("state", STATE_APPLYING)
                .set("claimed_at", Date.from(now));
        try {
            mongo.upsert(claimable, take, MIGRATIONS);
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    private enum Reconciliation { UPDATED, UNCHANGED, KEPT_EDITED }

    /** The documents already in the collection that may match the set, by natural key: one query per set. */
    private Map<List<Object>, Document> storedByKey(SeedSet set) {
        String firstKey = set.naturalKey().get(0);
        List<Object> firstValues = set.documents().stream().map(seed -> seed.get(firstKey)).distinct().toList();
        Map<List<Object>, Document> stored = new HashMap<>();
        mongo.find(Query.query(Criteria.where(firstKey).in(firstValues)), Document.class, set.collection())
                .forEach(document -> stored.putIfAbsent(keyOf(set, document), document));
        return stored;
    }

    private static List<Object> keyOf(SeedSet set, Document document) {
        List<Object> key = new ArrayList<>();
        set.naturalKey().forEach(field -> key.add(document.get(field)));
        return key;
    }

    private Reconciliation reconcile(SeedSet set, Document seed, Document stored, Date timestamp) {
        String seedPrint = ContentFingerprint.of(seed);
        String storedPrint = ContentFingerprint.of(stored);
        if (storedPrint.equals(seedPrint)) {
            if (!seedPrint.equals(stored.getString(SeedFields.SEEDED_CHECKSUM))) {
                mongo.updateFirst(Query.query(Criteria.where(SeedFields.ID).is(stored.get(SeedFields.ID))),
                        Update.update(SeedFields.SEEDED_CHECKSUM, seedPrint), set.collection());
            }
            return Reconciliation.UNCHANGED;
        }
        if (!storedPrint.equals(stored.getString(SeedFields.SEEDED_CHECKSUM))) {
            log.info("Seed {}: keeping {} {} as edited after seeding", set.name(), set.collection(),
                    keyOf(set, seed));
            return Reconciliation.KEPT_EDITED;
        }
        Document replacement = new Document(SeedFields.ID, stored.get(SeedFields.ID));
        replacement.putAll(seed);
        replacement.append(SeedFields.ACTIVE, stored.get(SeedFields.ACTIVE, true))
                .append(SeedFields.CREATED_AT, stored.get(SeedFields.CREATED_AT, timestamp))
                .append(SeedFields.UPDATED_AT, timestamp)
                .append(SeedFields.SEEDED_CHECKSUM, seedPrint);
        mongo.getCollection(set.collection())
                .replaceOne(new Document(SeedFields.ID, stored.get(SeedFields.ID)), replacement);
        return Reconciliation.UPDATED;
    }
}
