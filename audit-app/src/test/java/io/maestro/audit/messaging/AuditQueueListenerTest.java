package io.maestro.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import io.maestro.audit.AuditApplication;
import io.maestro.audit.domain.AuditCommand;
import io.maestro.audit.domain.AuditRecorder;
import io.maestro.common.audit.AuditChunk;
import io.maestro.common.audit.AuditEvent;
import io.maestro.common.audit.Change;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * audit-app records what arrives on its queue of the real RabbitMQ (this test's own, {@value #QUEUE}, so that no other
 * JVM's audit-app takes the messages), once per message id, in the order the changes were made whatever order they
 * arrive in. Messages an interrupted run left on the queue are recorded too; the assertions are about this test's
 * documents only.
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

    @Autowired
    ConnectionFactory broker;

    @Autowired
    MessageConverter converter;

    @Autowired
    AuditQueueListener listener;

    @MockitoSpyBean
    AuditRecorder recorder;

    /** The ids of the messages whose changes the listener has recorded (a chunk's entries without their index). */
    private final Set<String> recordedMessages = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void noteRecordedMessages() {
        doAnswer(call -> {
            call.callRealMethod();
            List<AuditCommand> commands = call.getArgument(0);
            commands.forEach(command -> recordedMessages.add(command.changeId().replaceFirst(":\\d+$", "")));
            return null;
        }).when(recorder).recordBatch(any());
    }

    private List<Document> rows(String entityId) {
        return mongo.getCollection("audits").find(new Document("entity_id", new ObjectId(entityId)))
                .sort(new Document("created_at", 1).append("_id", 1)).into(new ArrayList<>());
    }

    @Test
    void queuedChangesAreRecordedInOrderAndAMessagePublishedTwiceOnce() {
        String id = new ObjectId().toHexString();
        MaestroMessage<AuditEvent> created = MaestroMessage.of(new AuditEvent("servers", id, Change.CREATE,
                Map.of("name", "web-1", "cpu", 1), "ana@maestro.test", null));
        // copies of one message, most taken by several consumers at once
        for (int copy = 0; copy < 6; copy++) {
            publisher.publish(QUEUE, created);
        }
        publisher.publish(QUEUE, new AuditEvent("servers", id, Change.PATCH,
                Map.of("name", "web-1", "cpu", 2), "bob@maestro.test", new AuditEvent.Team(new ObjectId().toHexString(), "ops")));
        publisher.publish(QUEUE, new AuditEvent("servers", id, Change.UPDATE,
                Map.of("name", "web-2"), "ana@maestro.test", null));
        publisher.publish(QUEUE, new AuditEvent("servers", id, Change.DELETE,
                Map.of("name", "web-2"), "ana@maestro.test", null));

        await().atMost(Duration.ofSeconds(30)).until(() -> rows(id).size() >= 4);

        List<Document> rows = rows(id);
        assertThat(rows).extracting(row -> row.get("body", Document.class)).containsExactly(
                Document.parse("{name: 'web-1', cpu: 1}"), Document.parse("{cpu: 2}"),
                Document.parse("{name: 'web-2', cpu: null}"), Document.parse("{removed: true}"));
        assertThat(rows).extracting(row -> row.getString("user"))
                .containsExactly("ana@maestro.test", "bob@maestro.test", "ana@maestro.test", "ana@maestro.test");
        assertThat(rows.get(2).get("state", Document.class)).isEqualTo(new Document("name", "web-2"));
        assertThat(rows).filteredOn(row -> created.messageId().equals(row.getString("change_id"))).hasSize(1);
    }

    /**
     * audit-app killed after a change's row and before the acknowledgement (so before its snapshot): the broker
     * delivers the message again after the restart, and the history keeps one row for it.
     */
    @Test
    void aMessageDeliveredAgainAfterAKillBetweenItsRowAndItsAcknowledgementKeepsOneRow() {
        String id = new ObjectId().toHexString();
        Instant start = Instant.now();
        recorded(change(id, Change.CREATE, Map.of("name", "web-1", "cpu", 1), "ana@maestro.test", start));
        MaestroMessage<AuditEvent> patch = change(id, Change.PATCH, Map.of("cpu", 2), "bob@maestro.test",
                start.plusMillis(10));
        Date at = Date.from(patch.createdAt());
        mongo.getCollection("audits").insertOne(new Document("entity", "servers").append("entity_id", new ObjectId(id))
                .append("user", "bob@maestro.test").append("change", "patch").append("body", new Document("cpu", 2))
                .append("state", Document.parse("{name: 'web-1', cpu: 2}")).append("created_at", at)
                .append("updated_at", at).append("active", true).append("change_id", patch.messageId()));

        recorded(patch);

        assertThat(rows(id)).extracting(row -> row.get("body", Document.class))
                .containsExactly(Document.parse("{name: 'web-1', cpu: 1}"), Document.parse("{cpu: 2}"));
        assertThat(snapshot(id)).as("completed by the copy delivered again").isEqualTo(Document.parse("{name: 'web-1', cpu: 2}"));
    }

    @Test
    void aChangeThatArrivesAfterALaterOneTakesItsPlaceAndTheLaterOneIsDiffedAgainstIt() {
        String id = new ObjectId().toHexString();
        Instant start = Instant.now();
        recorded(change(id, Change.CREATE, Map.of("name", "web-1", "cpu", 1), "ana@maestro.test", start));
        recorded(change(id, Change.UPDATE, Map.of("name", "web-2", "cpu", 2), "cy@maestro.test",
                start.plusMillis(20)));

        recorded(change(id, Change.PATCH, Map.of("name", "web-1", "cpu", 2), "bob@maestro.test",
                start.plusMillis(10)));

        List<Document> rows = rows(id);
        assertThat(rows).extracting(row -> row.get("body", Document.class)).containsExactly(
                Document.parse("{name: 'web-1', cpu: 1}"), Document.parse("{cpu: 2}"), Document.parse("{name: 'web-2'}"));
        assertThat(rows).extracting(row -> row.getString("user"))
                .containsExactly("ana@maestro.test", "bob@maestro.test", "cy@maestro.test");
        assertThat(rows.get(1).get("state", Document.class)).isEqualTo(Document.parse("{name: 'web-1', cpu: 2}"));
        assertThat(rows).extracting(row -> row.getDate("created_at").toInstant()).isSorted();
        assertThat(snapshot(id)).as("the snapshot stays the latest change's").isEqualTo(Document.parse("{name: 'web-2', cpu: 2}"));
    }

    @Test
    void aCreationOvertakenByAPatchStillOpensTheHistory() {
        String id = new ObjectId().toHexString();
        Instant start = Instant.now();
        recorded(change(id, Change.PATCH, Map.of("name", "db-1", "cpu", 4), "bob@maestro.test",
                start.plusMillis(10)));

        recorded(change(id, Change.CREATE, Map.of("name", "db-1", "cpu", 2), "ana@maestro.test", start));

        assertThat(rows(id)).extracting(row -> row.get("body", Document.class))
                .containsExactly(Document.parse("{name: 'db-1', cpu: 2}"), Document.parse("{cpu: 4}"));
        assertThat(snapshot(id)).isEqualTo(Document.parse("{name: 'db-1', cpu: 4}"));
    }

    @Test
    void aChangeUndoneByALaterOneThatArrivedFirstShowsBothSteps() {
        String id = new ObjectId().toHexString();
        Instant start = Instant.now();
        recorded(change(id, Change.CREATE, Map.of("name", "lb-1", "cpu", 1), "ana@maestro.test", start));
        recorded(change(id, Change.UPDATE, Map.of("name", "lb-1", "cpu", 1), "cy@maestro.test",
                start.plusMillis(20)));
        assertThat(rows(id)).as("the undo alone changed nothing").hasSize(1);

        recorded(change(id, Change.UPDATE, Map.of("name", "lb-1", "cpu", 2), "bob@maestro.test",
                start.plusMillis(10)));

        List<Document> rows = rows(id);
        assertThat(rows).extracting(row -> row.get("body", Document.class)).containsExactly(
                Document.parse("{name: 'lb-1', cpu: 1}"), Document.parse("{cpu: 2}"), Document.parse("{cpu: 1}"));
        assertThat(rows).extracting(row -> row.getString("user"))
                .containsExactly("ana@maestro.test", "bob@maestro.test", "cy@maestro.test");
        assertThat(snapshot(id)).isEqualTo(Document.parse("{name: 'lb-1', cpu: 1}"));
    }

    /**
     * A discovery chunk is one message; the same chunk's records listed again (a load run again after a crash) add a
     * row only where the snapshot does not already hold the body.
     */
    @Test
    void aChunkRecordsEachOfItsRecordsAndAChunkListedAgainOnlyWhatItsHistoryLacks() {
        String kept = new ObjectId().toHexString();
        String changed = new ObjectId().toHexString();
        String lost = new ObjectId().toHexString();
        String user = "discovery (aws prod)";
        recorded(new MaestroMessage<>(UUID.randomUUID().toString(), Instant.now(), new AuditChunk("servers", user, List.of(
                new AuditChunk.Entry(kept, Change.CREATE, Map.of("name", "i-1", "cpu", 1)),
                new AuditChunk.Entry(changed, Change.CREATE, Map.of("name", "i-2", "cpu", 1))))));

        assertThat(rows(kept)).singleElement().satisfies(row -> assertThat(row.getString("user")).isEqualTo(user));
        assertThat(rows(changed)).singleElement().satisfies(row -> assertThat(row.getString("change")).isEqualTo("create"));

        recorded(new MaestroMessage<>(UUID.randomUUID().toString(), Instant.now(), new AuditChunk("servers", user, List.of(
                new AuditChunk.Entry(kept, Change.CREATE, Map.of("name", "i-1", "cpu", 1)),
                new AuditChunk.Entry(changed, Change.UPDATE, Map.of("name", "i-2", "cpu", 4)),
                new AuditChunk.Entry(lost, Change.CREATE, Map.of("name", "i-3", "cpu", 1))))));

        assertThat(rows(kept)).hasSize(1);
        assertThat(rows(changed)).extracting(row -> row.getString("change")).containsExactly("create", "update");
        assertThat(rows(lost)).singleElement().satisfies(row -> assertThat(row.getString("change")).isEqualTo("create"));
    }

    /** Two changes of one document in one batch, the later one first, and a copy of the first: in time order, once. */
    @Test
    void aBatchRecordsTheChangesOfOneDocumentInTheOrderTheyWereMadeAndACopyOnce() {
        String id = new ObjectId().toHexString();
        String other = new ObjectId().toHexString();
        Instant start = Instant.now();
        MaestroMessage<AuditEvent> created = change(id, Change.CREATE, Map.of("name", "web-1", "cpu", 1),
                "ana@maestro.test", start);
        MaestroMessage<AuditEvent> patched = change(id, Change.PATCH, Map.of("cpu", 2), "bob@maestro.test",
                start.plusMillis(10));

        listener.record(List.of(delivered(patched), delivered(created),
                delivered(change(other, Change.CREATE, Map.of("name", "db-1"), "ana@maestro.test", start)),
                delivered(created)));

        assertThat(rows(id)).extracting(row -> row.get("body", Document.class))
                .containsExactly(Document.parse("{name: 'web-1', cpu: 1}"), Document.parse("{cpu: 2}"));
        assertThat(rows(id)).extracting(row -> row.getString("user")).containsExactly("ana@maestro.test", "bob@maestro.test");
        assertThat(snapshot(id)).isEqualTo(Document.parse("{name: 'web-1', cpu: 2}"));
        assertThat(rows(other)).hasSize(1);
    }

    /** A message that cannot be recorded in a batch: dead-lettered with its reason, the others recorded. */
    @Test
    void aBadMessageInABatchIsDeadLetteredAndTheOthersAreRecorded() {
        String before = new ObjectId().toHexString();
        String after = new ObjectId().toHexString();
        MaestroMessage<AuditEvent> invalid = MaestroMessage.of(new AuditEvent("servers", "not-an-id",
                Change.PATCH, Map.of("name", "x"), "eve@maestro.test", null));
        Instant now = Instant.now();

        listener.record(List.of(delivered(change(before, Change.CREATE, Map.of("name", "a"), "ana@maestro.test", now)),
                delivered(invalid), delivered(change(after, Change.CREATE, Map.of("name", "b"), "ana@maestro.test", now))));

        assertThat(rows(before)).hasSize(1);
        assertThat(rows(after)).hasSize(1);
        Message deadLetter = deadLetter(invalid.messageId(), Duration.ofSeconds(5));
        assertThat((String) deadLetter.getMessageProperties().getHeader("x-exception-message"))
                .contains("id must be a 24-hex ObjectId");
    }

    @Test
    void aMessageThatCannotBeRecordedIsDeadLetteredAtOnceWithTheReason() {
        MaestroMessage<AuditEvent> invalid = MaestroMessage.of(new AuditEvent("servers", "not-an-id",
                Change.PATCH, Map.of("name", "x"), "eve@maestro.test", null));

        publisher.publish(QUEUE, invalid);

        // three attempts would take the default backoffs, 1 s then 2 s
        Message deadLetter = deadLetter(invalid.messageId(), Duration.ofMillis(2500));
        assertThat((String) deadLetter.getMessageProperties().getHeader("x-exception-message"))
                .contains("id must be a 24-hex ObjectId");
    }

    private static MaestroMessage<AuditEvent> change(String id, Change action, Map<String, Object> body,
            String user, Instant at) {
        return new MaestroMessage<>(UUID.randomUUID().toString(), at, new AuditEvent("servers", id, action, body, user, null));
    }

    /** Publishes {@code message} and waits until audit-app has recorded it. */
    private void recorded(MaestroMessage<?> message) {
        publisher.publish(QUEUE, message);
        await().atMost(Duration.ofSeconds(30)).until(() -> recordedMessages.contains(message.messageId()));
    }

    /** {@code message} as the container hands it to the listener, taken from this test's queue. */
    private Message delivered(MaestroMessage<?> message) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(message.messageId());
        properties.setConsumerQueue(QUEUE);
        return converter.toMessage(message, properties);
    }

    private Document snapshot(String entityId) {
        return mongo.getCollection("snapshots").find(new Document("entity_id", new ObjectId(entityId))).first()
                .get("body", Document.class);
    }

    /** The dead letter of {@code messageId}, skipping any an interrupted run left behind. */
    private Message deadLetter(String messageId, Duration within) {
        RabbitTemplate inspector = new RabbitTemplate(broker);
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Message deadLetter = inspector.receive(MaestroQueues.deadLetterQueue(QUEUE),
                    Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (deadLetter != null && messageId.equals(deadLetter.getMessageProperties().getMessageId())) {
                return deadLetter;
            }
        }
        throw new AssertionError("message " + messageId + " not dead-lettered within " + within);
    }
}
