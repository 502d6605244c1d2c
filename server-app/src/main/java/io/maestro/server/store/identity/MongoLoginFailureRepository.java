package io.maestro.server.store.identity;

import com.mongodb.client.model.ReplaceOptions;
import io.maestro.server.domain.identity.LoginFailureRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Collection {@code maestro_login_failures}: {@code {_id: <key>, failures, window_start, expires_at}}. */
@Repository
public class MongoLoginFailureRepository implements LoginFailureRepository {

    public static final String COLLECTION = "maestro_login_failures";

    private final MongoTemplate mongo;

    public MongoLoginFailureRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<FailureWindow> find(String key) {
        Document found = mongo.getCollection(COLLECTION).find(new Document("_id", key)).first();
        return Optional.ofNullable(found).map(document -> new FailureWindow(
                document.getInteger("failures", 0), document.getDate("window_start").toInstant()));
    }

    @Override
    public void recordFailure(String key, Instant now, Duration window) {
        var collection = mongo.getCollection(COLLECTION);
        // within the current window: count one more; otherwise (none, or it has passed) start a new one
        Document within = new Document("_id", key).append("expires_at", new Document("$gt", Date.from(now)));
        if (collection.updateOne(within, new Document("$inc", new Document("failures", 1))).getMatchedCount() == 0) {
            collection.replaceOne(new Document("_id", key),
                    new Document("_id", key).append("failures", 1).append("window_start", Date.from(now))
                            .append("expires_at", Date.from(now.plus(window))),
                    new ReplaceOptions().upsert(true));
        }
        collection.deleteMany(new Document("expires_at", new Document("$lt", Date.from(now))));
    }

    @Override
    public void clear(String key) {
        mongo.getCollection(COLLECTION).deleteOne(new Document("_id", key));
    }
}
