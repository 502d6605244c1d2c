package io.maestro.analyticsfront.store;

import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.stereotype.Component;

/**
 * The session generation of an active user, read from the users server-app keeps in the database analytics-front
 * shares with it: a map is opened only with a session that server-app would still accept.
 */
@Component
public class MongoSessionGenerations {

    private final MongoTemplate mongo;

    MongoSessionGenerations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Empty when there is no active user of that id; a user document without a generation is at generation 0. */
    public Optional<Long> activeGeneration(String userId) {
        if (!ObjectId.isValid(userId)) {
            return Optional.empty();
        }
        BasicQuery query = new BasicQuery(new Document("_id", new ObjectId(userId)).append("active", true),
                new Document("session_generation", 1));
        Document user = mongo.findOne(query, Document.class, "users");
        return Optional.ofNullable(user).map(found -> found.get("session_generation") instanceof Number generation
                ? generation.longValue() : 0L);
    }
}
