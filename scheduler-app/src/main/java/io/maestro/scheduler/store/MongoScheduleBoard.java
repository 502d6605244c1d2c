package io.maestro.scheduler.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.maestro.scheduler.domain.Job;
import io.maestro.scheduler.domain.ScheduleBoard;
import io.maestro.scheduler.domain.ScheduleEntry;
import io.maestro.scheduler.domain.SchedulerProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@link ScheduleBoard} in the scheduler's own database. Entries live in {@code maestro.scheduler.collection}
 * ({@code schedulers_control}): {@code {_id: <job id as text>, job, trigger, due_at, one_shot}}. Claims live in
 * {@code <collection>_claims}, one document per due time being run: {@code {_id: "<entry id>@<due time in ms>",
 * holder, lease_until}}. Claiming is inserting that document: the store's unique {@code _id} lets exactly one instance
 * in, on MongoDB and on the embedded store alike (which has no transactions). Every hot read and write names a
 * document by {@code _id} alone, the one lookup the embedded store answers from an index (it scans for any other
 * filter); only the due-time scan ({@code due_at}, indexed on MongoDB) and the rare changes of an entry read more.
 * The driver's collections are used as they are, so that ids stay text (the template turns 24-hex ids into ObjectIds).
 */
@Component
public class MongoScheduleBoard implements ScheduleBoard {

    private static final String ID = "_id";
    private static final String DUE_AT = "due_at";
    private static final String HOLDER = "holder";
    private static final String LEASE_UNTIL = "lease_until";
    private static final String CLAIMS = "_claims";
    private static final String ONE_SHOT = "one_shot";
    private static final String JOB = "job";
    private static final String TRIGGER = "trigger";

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> claims;

    public MongoScheduleBoard(MongoTemplate mongo, SchedulerProperties properties) {
        this.entries = mongo.getCollection(properties.collection());
        this.claims = mongo.getCollection(properties.collection() + CLAIMS);
        entries.createIndex(Indexes.ascending(DUE_AT));
    }

    @Override
    public Optional<ScheduleEntry> entry(String id) {
        return Optional.ofNullable(entries.find(eq(ID, id)).first()).map(MongoScheduleBoard::entryOf);
    }

    @Override
    public boolean put(Job job, String trigger, Instant dueAt, Optional<ScheduleEntry> expected) {
        Document jobFields = new Document(job.runFields());
        if (expected.isEmpty()) {
            try {
                entries.insertOne(new Document(ID, job.id()).append(JOB, jobFields).append(TRIGGER, trigger)
                        .append(DUE_AT, Date.from(dueAt)).append(ONE_SHOT, false));
                return true;
            } catch (MongoWriteException taken) {
                if (taken.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return false;
                }
                throw taken;
            }
        }
        return entries.updateOne(and(eq(ID, job.id()), eq(DUE_AT, Date.from(expected.get().dueAt()))), Updates.combine(
                Updates.set(JOB, jobFields),
                Updates.set(TRIGGER, trigger),
                Updates.set(DUE_AT, Date.from(dueAt)))).getMatchedCount() > 0;
    }

    @Override
    public void putOneShot(String jobId, Instant dueAt) {
        entries.insertOne(new Document(ID, jobId + "/chain/" + new ObjectId().toHexString())
                .append(JOB, new Document(ID, jobId))
                .append(TRIGGER, "chained")
                .append(DUE_AT, Date.from(dueAt))
                .append(ONE_SHOT, true));
    }

    @Override
    public void remove(String jobId) {
        entries.deleteOne(eq(ID, jobId));
    }

    @Override
    public List<String> due(Instant now, int limit) {
        List<String> ids = new ArrayList<>();
        entries.find(lte(DUE_AT, Date.from(now))).sort(Sorts.ascending(DUE_AT)).limit(limit)
                .projection(Projections.include(ID)).forEach(found -> ids.add(found.getString(ID)));
        return ids;
    }

    @Override
    public Optional<ScheduleEntry> claim(String id, String holder, Instant now, Instant leaseUntil) {
        Optional<ScheduleEntry> entry = entry(id).filter(found -> !found.dueAt().isAfter(now));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String claim = claimId(entry.get());
        try {
            claims.insertOne(new Document(ID, claim).append(HOLDER, holder).append(LEASE_UNTIL, Date.from(leaseUntil)));
            return entry;
        } catch (MongoWriteException taken) {
            if (taken.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw taken;
            }
        }
        // held: taken over only when its holder's lease has run out (the claims are few, a scan of them is cheap)
        Document overdue = claims.findOneAndUpdate(and(eq(ID, claim), lt(LEASE_UNTIL, Date.from(now))),
                Updates.combine(Updates.set(HOLDER, holder), Updates.set(LEASE_UNTIL, Date.from(leaseUntil))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return overdue == null ? Optional.empty() : entry;
    }

    /**
     * The next due time, unless an edit moved the entry while it ran (then the edit's due time stays); then the claim
     * goes. Read and write by {@code _id}: an edit landing between the two loses its due time to the trigger's next,
     * a window of one write.
     */
    @Override
    public void reschedule(ScheduleEntry claimed, String holder, Instant next) {
        Optional<ScheduleEntry> current = entry(claimed.id());
        if (current.isPresent() && !current.get().dueAt().isAfter(claimed.dueAt())) {
            entries.updateOne(eq(ID, claimed.id()), Updates.set(DUE_AT, Date.from(next)));
        }
        release(claimed, holder);
    }

    @Override
    public void release(ScheduleEntry claimed, String holder) {
        String claim = claimId(claimed);
        Document held = claims.find(eq(ID, claim)).first();
        if (held != null && holder.equals(held.getString(HOLDER))) {
            claims.deleteOne(eq(ID, claim));
        }
    }

    @Override
    public void finish(ScheduleEntry claimed, String holder) {
        if (entry(claimed.id()).filter(current -> !current.dueAt().isAfter(claimed.dueAt())).isPresent()) {
            entries.deleteOne(eq(ID, claimed.id()));
        }
        release(claimed, holder);
    }

    @Override
    public long jobCount() {
        return entries.countDocuments(eq(ONE_SHOT, false));
    }

    @Override
    public Set<String> jobIds() {
        Set<String> ids = new HashSet<>();
        entries.find(eq(ONE_SHOT, false)).projection(Projections.include(ID)).forEach(found -> ids.add(found.getString(ID)));
        return ids;
    }

    private static String claimId(ScheduleEntry entry) {
        return entry.id() + "@" + entry.dueAt().toEpochMilli();
    }

    @SuppressWarnings("unchecked")
    private static ScheduleEntry entryOf(Document stored) {
        Document job = stored.get(JOB, Document.class);
        return new ScheduleEntry(stored.getString(ID), new Job(job == null ? Map.of() : (Map<String, Object>) plain(job)),
                stored.getString(TRIGGER), stored.getDate(DUE_AT).toInstant(), Boolean.TRUE.equals(stored.get(ONE_SHOT)));
    }

    /** The stored job as plain maps and lists, as data-app answers it, so that a {@link Job} reads both alike. */
    private static Object plain(Object value) {
        if (value instanceof Document document) {
            Map<String, Object> map = new LinkedHashMap<>();
            document.forEach((key, field) -> map.put(key, plain(field)));
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(MongoScheduleBoard::plain).toList();
        }
        return value;
    }
}
