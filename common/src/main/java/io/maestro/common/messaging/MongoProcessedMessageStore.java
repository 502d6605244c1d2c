package io.maestro.common.messaging;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Processed message ids in the Mongo collection {@code processed_messages} (one document per id, unique index on
 * {@code messageId}): survives restarts and is shared by every instance of a service. The unique index settles
 * two instances recording the same id at once.
 */
public class MongoProcessedMessageStore implements ProcessedMessageStore {

    public static final String COLLECTION = "processed_messages";
    static final String MESSAGE_ID = "messageId";
    static final String PROCESSED_AT = "processedAt";

    private final MongoTemplate mongo;

    public MongoProcessedMessageStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index(MESSAGE_ID, Sort.Direction.ASC).unique());
    }

    /**
     * A find, not {@code MongoTemplate.exists}: that one counts, and a count is an aggregation, which the embedded
     * store answers by scanning every processed id, once per message received.
     */
    @Override
    public boolean isProcessed(String messageId) {
        return mongo.getCollection(COLLECTION).find(new Document(MESSAGE_ID, messageId)).limit(1).first() != null;
    }

    /**
     * Forgets the ids recorded before {@code cutoff}: a duplicate comes soon after its original (a redelivery after
     * a lost ack, a publisher's retry), while the collection would otherwise grow by every message ever handled.
     */
    public long forgetProcessedBefore(Instant cutoff) {
        return mongo.getCollection(COLLECTION).deleteMany(new Document(PROCESSED_AT, new Document("$lt", Date.from(cutoff))))
                .getDeletedCount();
    }

    @Override
    public boolean markProcessed(String messageId) {
        try {
            mongo.insert(new Document(MESSAGE_ID, messageId).append(PROCESSED_AT, Date.from(Instant.now())), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }
}
