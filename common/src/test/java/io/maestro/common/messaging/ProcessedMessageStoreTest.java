package io.maestro.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

/** The two idempotency stores: the bounded in-memory one and the Mongo one with its unique index. */
class ProcessedMessageStoreTest {

    private static MongoClient client;
    private static MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MaestroTestEnvironment.mongoUri());
        mongo = new MongoTemplate(client, "processed-store-test-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void inMemoryStoreRecordsAnIdOnceAndForgetsTheOldestBeyondItsCapacity() {
        InMemoryProcessedMessageStore store = new InMemoryProcessedMessageStore(2);
        assertThat(store.markProcessed("a")).isTrue();
        assertThat(store.markProcessed("a")).isFalse();
        assertThat(store.markProcessed("b")).isTrue();
        assertThat(store.markProcessed("c")).isTrue();

        assertThat(store.isProcessed("a")).isFalse();
        assertThat(store.isProcessed("b")).isTrue();
        assertThat(store.isProcessed("c")).isTrue();
    }

    @Test
    void mongoStoreRecordsAnIdOnceInProcessedMessages() {
        MongoProcessedMessageStore store = new MongoProcessedMessageStore(mongo);
        assertThat(store.isProcessed("m-1")).isFalse();

        assertThat(store.markProcessed("m-1")).isTrue();
        assertThat(store.markProcessed("m-1")).isFalse();

        assertThat(store.isProcessed("m-1")).isTrue();
        assertThat(mongo.getCollection(MongoProcessedMessageStore.COLLECTION)
                .countDocuments(new Document("messageId", "m-1"))).isEqualTo(1);
    }

    @Test
    void mongoStoreIndexIsUniqueOnMessageIdAndSurvivesASecondInstance() {
        new MongoProcessedMessageStore(mongo).markProcessed("m-2");
        MongoProcessedMessageStore restarted = new MongoProcessedMessageStore(mongo);

        assertThat(restarted.isProcessed("m-2")).isTrue();
        assertThat(restarted.markProcessed("m-2")).isFalse();
        assertThat(mongo.indexOps(MongoProcessedMessageStore.COLLECTION).getIndexInfo())
                .filteredOn(index -> index.isIndexForFields(java.util.List.of("messageId")))
                .singleElement()
                .extracting(IndexInfo::isUnique).isEqualTo(true);
    }

    @Test
    void mongoStoreForgetsIdsRecordedBeforeACutoff() throws InterruptedException {
        MongoTemplate ownDatabase = new MongoTemplate(client, "processed-forget-test-" + UUID.randomUUID());
        MongoProcessedMessageStore store = new MongoProcessedMessageStore(ownDatabase);
        store.markProcessed("old-1");
        store.markProcessed("old-2");
        Thread.sleep(5);
        Instant cutoff = Instant.now();
        Thread.sleep(5);
        store.markProcessed("recent");

        assertThat(store.forgetProcessedBefore(cutoff)).isEqualTo(2);

        assertThat(store.isProcessed("old-1")).isFalse();
        assertThat(store.isProcessed("recent")).isTrue();
        ownDatabase.getDb().drop();
    }
}
