package io.maestro.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.maestro.audit.AuditApplication;
import io.maestro.common.audit.AuditEvent;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.common.messaging.MongoProcessedMessageStore;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * audit-app records what arrives on its queue of the real RabbitMQ (this test's own, {@value #QUEUE}, so that no other
 * JVM's audit-app takes the messages), once per message id. Messages an interrupted run left on the queue are recorded
 * too; the assertions are about this test's document only.
 */
@SpringBootTest(classes = AuditApplication.class, properties = {"spring.config.name=audit-app",
        "maestro.peers.data=http://127.0.0.1:1", "maestro.timeout=2000",
        "maestro.audit.queue=" + AuditQueueListenerTest.QUEUE, "maestro.messaging.queues=" + AuditQueueListenerTest.QUEUE})
@ContextConfiguration(initializers = MaestroTestEnvironment.class)
class AuditQueueListenerTest {

    static final String QUEUE = "audit-listener-test";

    @Autowired
    MessagePublisher publisher;

    @Autowired
    MongoTemplate mongo;

    private List<Document> rows(String entityId) {
        return mongo.getCollection("audits").find(new Document("entity_id", new ObjectId(entityId)))
                .sort(new Document("created_at", 1).append("_id", 1)).into(new ArrayList<>());
    }

    @Test
    void queuedChangesAreRecordedInOrderAndAMessagePublishedTwiceOnce() {
        String id = new ObjectId().toHexString();
        MaestroMessage<AuditEvent> created = MaestroMessage.of(new AuditEvent("servers", id, AuditEvent.Action.CREATE,
                Map.of("name", "web-1", "cpu", 1), "ana@maestro.test", null));
        publisher.publish(QUEUE, created);
        publisher.publish(QUEUE, created);
        publisher.publish(QUEUE, new AuditEvent("servers", id, AuditEvent.Action.PATCH,
                Map.of("name", "web-1", "cpu", 2), "bob@maestro.test", new AuditEvent.Team(new ObjectId().toHexString(), "ops")));
        publisher.publish(QUEUE, new AuditEvent("servers", id, AuditEvent.Action.PUT,
                Map.of("name", "web-2"), "ana@maestro.test", null));
        publisher.publish(QUEUE, new AuditEvent("servers", id, AuditEvent.Action.DELETE,
                Map.of("name", "web-2"), "ana@maestro.test", null));

        await().atMost(Duration.ofSeconds(30)).until(() -> rows(id).size() >= 4);

        List<Document> rows = rows(id);
        assertThat(rows).extracting(row -> row.get("body", Document.class)).containsExactly(
                Document.parse("{name: 'web-1', cpu: 1}"), Document.parse("{cpu: 2}"),
                Document.parse("{name: 'web-2', cpu: null}"), Document.parse("{removed: true}"));
        assertThat(rows).extracting(row -> row.getString("user"))
                .containsExactly("ana@maestro.test", "bob@maestro.test", "ana@maestro.test", "ana@maestro.test");
        assertThat(rows.get(2).get("state", Document.class)).isEqualTo(new Document("name", "web-2"));
        assertThat(mongo.getCollection(MongoProcessedMessageStore.COLLECTION)
                .countDocuments(new Document("messageId", created.messageId()))).isEqualTo(1);
    }
}
