package io.maestro.server.store.identity;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.maestro.server.domain.identity.UsedResetTokenRepository;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Collection {@code maestro_used_reset_tokens}: {@code {_id: <token id>, user_id, expires_at}}; {@code _id} makes use unique. */
@Repository
public class MongoUsedResetTokenRepository implements UsedResetTokenRepository {

    public static final String COLLECTION = "maestro_used_reset_tokens";

    private final MongoTemplate mongo;

    public MongoUsedResetTokenRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean markUsed(String tokenId, String userId, Instant expiresAt) {
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", tokenId).append("user_id", userId)
                    .append("expires_at", Date.from(expiresAt)));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void forgetExpired(Instant now) {
        mongo.getCollection(COLLECTION).deleteMany(new Document("expires_at", new Document("$lt", Date.from(now))));
    }
}
