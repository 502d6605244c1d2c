package io.maestro.audit.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import io.maestro.audit.domain.AuditCommand;
import io.maestro.audit.domain.AuditRecorder;
import io.maestro.common.audit.AuditEvent;
import io.maestro.common.audit.Change;
import io.maestro.common.messaging.DeadLetterRecoverer;
import io.maestro.common.messaging.MaestroMessage;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Which failures the container retries (the whole batch) and which go to the dead-letter queue at once (the faulty
 * message alone, the others of its batch recorded). A store outage cannot be staged on the shared in-process store, so
 * the recorder fails on demand here; the queue round trip of a message refused for good is in
 * {@link AuditQueueListenerTest}.
 */
class AuditQueueListenerFailureTest {

    private final AuditRecorder recorder = mock(AuditRecorder.class);
    private final DeadLetterRecoverer deadLetters = mock(DeadLetterRecoverer.class);
    private final JacksonJsonMessageConverter converter = new JacksonJsonMessageConverter("io.maestro");
    private final AuditQueueListener listener = new AuditQueueListener(recorder, converter, deadLetters);
    private final MaestroMessage<AuditEvent> change = patch();
    private final MaestroMessage<AuditEvent> otherChange = patch();
    private final Message message = message(change);
    private final Message other = message(otherChange);

    private static MaestroMessage<AuditEvent> patch() {
        return MaestroMessage.of(new AuditEvent("servers", new ObjectId().toHexString(), Change.PATCH,
                Map.of("cpu", 2), "ana@maestro.test", null));
    }

    private Message message(MaestroMessage<?> body) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(body.messageId());
        return converter.toMessage(body, properties);
    }

    private static String id(Message message) {
        return message.getMessageProperties().getMessageId();
    }

    /** A batch holding the change of {@code message} (among others or alone). */
    private static List<AuditCommand> holding(Message message) {
        return argThat(commands -> commands != null && commands.stream().anyMatch(command -> id(message).equals(command.changeId())));
    }

    @Test
    void aStoreThatDoesNotAnswerRetriesTheBatch() {
        RuntimeException down = new MongoSocketReadException("connection reset", new ServerAddress());
        doThrow(down).when(recorder).recordBatch(any());

        assertThatThrownBy(() -> listener.record(List.of(message, other))).isSameAs(down);
        verify(deadLetters, never()).recover(any(Message.class), any());
    }

    @Test
    void aStoreOutageWrappedBySpringRetriesTheBatch() {
        RuntimeException down = new DataAccessResourceFailureException("timed out",
                new MongoTimeoutException("no server"));
        doThrow(down).when(recorder).recordBatch(any());

        assertThatThrownBy(() -> listener.record(List.of(message))).isSameAs(down);
    }

    @Test
    void aDocumentTheStoreRefusesIsDeadLetteredAloneAndTheOthersOfItsBatchAreRecorded() {
        doThrow(new MongoCommandException(BsonDocument.parse("{ok: 0, code: 10334, errmsg: 'BSONObj size is invalid'}"),
                new ServerAddress())).when(recorder).recordBatch(holding(message));

        listener.record(List.of(message, other));

        ArgumentCaptor<Throwable> reason = ArgumentCaptor.forClass(Throwable.class);
        verify(deadLetters).recover(eq(message), reason.capture());
        assertThat(reason.getValue()).isInstanceOf(AmqpRejectAndDontRequeueException.class)
                .hasMessageContaining(id(message)).hasMessageContaining("BSONObj size is invalid");
        verify(deadLetters, never()).recover(eq(other), any());
        verify(recorder).recordBatch(List.of(command(otherChange)));
    }

    @Test
    void anyOtherFailureIsDeadLetteredAtOnce() {
        doThrow(new IllegalStateException("unexpected")).when(recorder).recordBatch(any());

        listener.record(List.of(message));

        verify(deadLetters).recover(eq(message), any(AmqpRejectAndDontRequeueException.class));
    }

    @Test
    void anUnreadableMessageIsDeadLetteredAndTheOthersAreRecordedTogether() {
        Message unreadable = new Message("{\"messageId\": \"x\"}".getBytes(), new MessageProperties());

        listener.record(List.of(message, unreadable, other));

        verify(recorder).recordBatch(List.of(command(change), command(otherChange)));
        verify(deadLetters).recover(eq(unreadable), any(AmqpRejectAndDontRequeueException.class));
    }

    private static AuditCommand command(MaestroMessage<AuditEvent> message) {
        AuditEvent event = message.payload();
        return new AuditCommand(event.action(), event.entity(), event.entityId(), event.user(), event.body(),
                event.team(), message.createdAt(), false, message.messageId());
    }
}
