package io.maestro.scheduler.store;

import io.maestro.scheduler.domain.Job;
import io.maestro.scheduler.domain.ScheduleBoard;
import io.maestro.scheduler.domain.ScheduleEntry;
import io.maestro.scheduler.domain.SchedulerProperties;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@link ScheduleBoard} in the scheduler's own database, collection {@code maestro.scheduler.collection}
 * ({@code schedulers_control}): one document per entry, {@code {_id, job, trigger, due_at, one_shot, holder,
 * lease_until}}. A claim is one {@code findAndModify} on the entry's {@code _id} that matches only while the entry is
 * due and free; it needs neither a transaction nor a secondary index, which the embedded store lacks (the {@code due_at}
 * index serves MongoDB; the embedded store scans).
 */
@Component
public class MongoScheduleBoard implements ScheduleBoard {

    private static final String DUE_AT = "due_at";
    private static final String HOLDER = "holder";
    private static final String LEASE_UNTIL = "lease_until";
    private static final String ONE_SHOT = "one_shot";
    private static final String JOB = "job";
    private static final String TRIGGER = "trigger";

    private final MongoTemplate mongo;
    private final String collection;

    public MongoScheduleBoard(MongoTemplate mongo, SchedulerProperties properties) {
        this.mongo = mongo;
        this.collection = properties.collection();
        mongo.indexOps(collection).createIndex(new Index().on(DUE_AT, Sort.Direction.ASC));
    }

    @Override
    public Optional<ScheduleEntry> entry(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, collection)).map(MongoScheduleBoard::entryOf);
    }

    @Override
    public void put(Job job, String trigger, Instant dueAt) {
        mongo.upsert(byId(job.id()), new Update()
                .set(JOB, new Document(job.runFields()))
                .set(TRIGGER, trigger)
                .set(DUE_AT, Date.from(dueAt))
                .set(ONE_SHOT, false), collection);
    }

    @Override
    public void putOneShot(String jobId, Instant dueAt) {
        mongo.insert(new Document("_id", jobId + "/chain/" + new ObjectId().toHexString())
                .append(JOB, new Document("_id", jobId))
                .append(TRIGGER, "chained")
                .append(DUE_AT, Date.from(dueAt))
                .append(ONE_SHOT, true)
                .append(HOLDER, null), collection);
    }

    @Override
    public void remove(String jobId) {
        mongo.remove(byId(jobId), collection);
    }

    @Override
    public List<String> due(Instant now, int limit) {
        Query due = new Query(free(now)).with(Sort.by(DUE_AT)).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, Document.class, collection).stream().map(found -> found.getString("_id")).toList();
    }

    @Override
    public Optional<ScheduleEntry> claim(String id, String holder, Instant now, Instant leaseUntil) {
        Document claimed = mongo.findAndModify(new Query(Criteria.where("_id").is(id).andOperator(free(now))),
                new Update().set(HOLDER, holder).set(LEASE_UNTIL, Date.from(leaseUntil)),
                FindAndModifyOptions.options().returnNew(true), Document.class, collection);
        return Optional.ofNullable(claimed).map(MongoScheduleBoard::entryOf);
    }

    @Override
    public void reschedule(ScheduleEntry claimed, String holder, Instant next) {
        Query sameFiring = new Query(Criteria.where("_id").is(claimed.id()).and(HOLDER).is(holder)
                .and(DUE_AT).lte(Date.from(claimed.dueAt())));
        if (mongo.updateFirst(sameFiring, unclaimed().set(DUE_AT, Date.from(next)), collection).getMatchedCount() == 0) {
            release(claimed.id(), holder);
        }
    }

    @Override
    public void release(String id, String holder) {
        mongo.updateFirst(heldBy(id, holder), unclaimed(), collection);
    }

    @Override
    public void finish(String id, String holder) {
        mongo.remove(heldBy(id, holder), collection);
    }

    @Override
    public long jobCount() {
        return mongo.count(new Query(Criteria.where(ONE_SHOT).is(false)), collection);
    }

    @Override
    public Set<String> jobIds() {
        Query periodic = new Query(Criteria.where(ONE_SHOT).is(false));
        periodic.fields().include("_id");
        Set<String> ids = new HashSet<>();
        mongo.find(periodic, Document.class, collection).forEach(found -> ids.add(found.getString("_id")));
        return ids;
    }

    /** Due, and held by nobody or by an instance whose lease has run out. */
    private static Criteria free(Instant now) {
        Date at = Date.from(now);
        return Criteria.where(DUE_AT).lte(at).orOperator(Criteria.where(HOLDER).is(null),
                Criteria.where(LEASE_UNTIL).lt(at));
    }

    private static Query byId(String id) {
        return new Query(Criteria.where("_id").is(id));
    }

    private static Query heldBy(String id, String holder) {
        return new Query(Criteria.where("_id").is(id).and(HOLDER).is(holder));
    }

    private static Update unclaimed() {
        return new Update().set(HOLDER, null).set(LEASE_UNTIL, null);
    }

    @SuppressWarnings("unchecked")
    private static ScheduleEntry entryOf(Document stored) {
        Document job = stored.get(JOB, Document.class);
        return new ScheduleEntry(stored.getString("_id"), new Job(job == null ? Map.of() : (Map<String, Object>) plain(job)),
                stored.getString(TRIGGER), stored.getDate(DUE_AT).toInstant(), Boolean.TRUE.equals(stored.get(ONE_SHOT)));
    }

    /** The stored job as plain maps and lists, as data-app answers it, so that a {@link Job} reads both alike. */
    private static Object plain(Object value) {
        if (value instanceof Document document) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            document.forEach((key, field) -> map.put(key, plain(field)));
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(MongoScheduleBoard::plain).toList();
        }
        return value;
    }
}
