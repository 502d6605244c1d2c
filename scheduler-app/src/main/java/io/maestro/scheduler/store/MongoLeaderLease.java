package io.maestro.scheduler.store;

import io.maestro.scheduler.domain.LeaderLease;
import io.maestro.scheduler.domain.SchedulerProperties;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@link LeaderLease} as one document {@code {_id: "leader", holder, until}} in {@code <collection>_lease}. Taking
 * it is an upserting {@code findAndModify} that matches only when the caller holds it or it has run out; when another
 * instance holds it, the upsert's insert collides on {@code _id} (unique on every store) and the caller does not get it.
 */
@Component
public class MongoLeaderLease implements LeaderLease {

    private static final String LEADER = "leader";

    private final MongoTemplate mongo;
    private final String collection;

    public MongoLeaderLease(MongoTemplate mongo, SchedulerProperties properties) {
        this.mongo = mongo;
        this.collection = properties.collection() + "_lease";
    }

    @Override
    public boolean acquire(String holder, Instant now, Instant until) {
        Query takeable = new Query(Criteria.where("_id").is(LEADER)
                .orOperator(Criteria.where("holder").is(holder), Criteria.where("until").lt(Date.from(now))));
        try {
            Document lease = mongo.findAndModify(takeable, new Update().set("holder", holder).set("until", Date.from(until)),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, collection);
            return lease != null && holder.equals(lease.getString("holder"));
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    @Override
    public void release(String holder) {
        mongo.remove(new Query(Criteria.where("_id").is(LEADER).and("holder").is(holder)), collection);
    }

    @Override
    public Optional<Holder> current() {
        return Optional.ofNullable(mongo.findById(LEADER, Document.class, collection))
                .map(lease -> new Holder(lease.getString("holder"), lease.getDate("until").toInstant()));
    }
}
