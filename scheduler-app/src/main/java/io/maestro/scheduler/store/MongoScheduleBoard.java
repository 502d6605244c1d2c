package io.maestro.scheduler.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

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
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@link ScheduleBoard} in the scheduler's own database, collection {@code maestro.scheduler.collection}
 * ({@code schedulers_control}): one document per entry, {@code {_id, job, trigger, due_at, one_shot, holder,
 * lease_until}}, {@code _id} the job id as text. A claim is one {@code findAndModify} on the entry's {@code _id} that
 * matches only while the entry is due and free; it needs neither a transaction nor a secondary index, which the
 * embedded store lacks (the {@code due_at} index serves MongoDB; the embedded store scans). The driver's collection is
 * used as it is, so that ids stay text (the template would turn a 24-hex id into an ObjectId).
 */
@Component
public class MongoScheduleBoard implements ScheduleBoard {

    private static final String ID = "_id";
    private static final String DUE_AT = "due_at";
    private static final String HOLDER = "holder";
    private static final String LEASE_UNTIL = "lease_until";
    private static final String ONE_SHOT = "one_shot";
    private static final String JOB = "job";
    private static final String TRIGGER = "trigger";

    private final MongoCollection<Document> entries;

    public MongoScheduleBoard(MongoTemplate mongo, SchedulerProperties properties) {
        this.entries = mongo.getCollection(properties.collection());
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
                        .append(DUE_AT, Date.from(dueAt)).append(ONE_SHOT, false).append(HOLDER, null));
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
                .append(ONE_SHOT, true)
                .append(HOLDER, null));
    }

    @Override
    public void remove(String jobId) {
        entries.deleteOne(eq(ID, jobId));
    }

    @Override
    public List<String> due(Instant now, int limit) {
        List<String> ids = new ArrayList<>();
        entries.find(free(now)).sort(Sorts.ascending(DUE_AT)).limit(limit).projection(Projections.include(ID))
                .forEach(found -> ids.add(found.getString(ID)));
        return ids;
    }

    @Override
    public Optional<ScheduleEntry> claim(String id, String holder, Instant now, Instant leaseUntil) {
        Document claimed = entries.findOneAndUpdate(and(eq(ID, id), free(now)),
                Updates.combine(Updates.set(HOLDER, holder), Updates.set(LEASE_UNTIL, Date.from(leaseUntil))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(MongoScheduleBoard::entryOf);
    }

    @Override
    public void reschedule(ScheduleEntry claimed, String holder, Instant next) {
        Bson sameFiring = and(eq(ID, claimed.id()), eq(HOLDER, holder), lte(DUE_AT, Date.from(claimed.dueAt())));
        if (entries.updateOne(sameFiring, Updates.combine(unclaimed(), Updates.set(DUE_AT, Date.from(next))))
                .getMatchedCount() == 0) {
            release(claimed.id(), holder);
        }
    }

    @Override
    public void release(String id, String holder) {
        entries.updateOne(heldBy(id, holder), unclaimed());
    }

    @Override
    public void finish(String id, String holder) {
        entries.deleteOne(heldBy(id, holder));
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

    /** Due, and held by nobody or by an instance whose lease has run out. */
    private static Bson free(Instant now) {
        Date at = Date.from(now);
        return and(lte(DUE_AT, at), or(eq(HOLDER, null), lt(LEASE_UNTIL, at)));
    }

    private static Bson heldBy(String id, String holder) {
        return and(eq(ID, id), eq(HOLDER, holder));
    }

    private static Bson unclaimed() {
        return Updates.combine(Updates.set(HOLDER, null), Updates.set(LEASE_UNTIL, null));
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
