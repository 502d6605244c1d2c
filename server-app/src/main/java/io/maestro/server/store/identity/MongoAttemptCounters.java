package io.maestro.server.store.identity;

import com.mongodb.client.model.UpdateOptions;
import io.maestro.server.domain.identity.AttemptCounters;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Collection {@code maestro_attempt_counters}: {@code {_id: <key>, account, count, last, expires_at}}. */
@Repository
public class MongoAttemptCounters implements AttemptCounters {

    public static final String COLLECTION = "maestro_attempt_counters";

    private final MongoTemplate mongo;

    public MongoAttemptCounters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Attempts> find(String key) {
        Document found = mongo.getCollection(COLLECTION).find(new Document("_id", key)).first();
        return Optional.ofNullable(found).map(document -> new Attempts(
                document.getInteger("count", 0), document.getDate("last").toInstant()));
    }

    @Override
    public void record(String key, String account, Instant now, Duration keepFor) {
        var collection = mongo.getCollection(COLLECTION);
        // a counter past its expiry starts again from zero
        collection.deleteMany(new Document("expires_at", new Document("$lt", Date.from(now))));
        collection.updateOne(new Document("_id", key), new Document("$inc", new Document("count", 1))
                .append("$set", new Document("account", account).append("last", Date.from(now))
                        .append("expires_at", Date.from(now.plus(keepFor)))), new UpdateOptions().upsert(true));
    }

    @Override
    public void clear(String key) {
        mongo.getCollection(COLLECTION).deleteOne(new Document("_id", key));
    }

    @Override
    public void clearAccount(String account) {
        mongo.getCollection(COLLECTION).deleteMany(new Document("account", account));
    }
}
