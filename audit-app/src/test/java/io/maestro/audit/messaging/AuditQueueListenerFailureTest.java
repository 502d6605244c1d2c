package io.maestro.audit.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import io.maestro.audit.domain.AuditRecorder;
import io.maestro.common.audit.AuditEvent;
import io.maestro.common.audit.AuditPayload;
import io.maestro.common.audit.Change;
import io.maestro.common.messaging.MaestroMessage;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Which failures the container retries and which go to the dead-letter queue at once. A store outage cannot be staged
 * on the shared in-process store, so the recorder fails on demand here; the queue round trip of a message refused for
 * good is in {@link AuditQueueListenerTest}.
 */
class AuditQueueListenerFailureTest {

    private final AuditRecorder recorder = mock(AuditRecorder.class);
    private final AuditQueueListener listener = new AuditQueueListener(recorder);
    private final MaestroMessage<AuditPayload> message = MaestroMessage.of(new AuditEvent("servers",
            new ObjectId().toHexString(), Change.PATCH, Map.of("cpu", 2), "ana@maestro.test", null));

    @Test
    void aStoreThatDoesNotAnswerIsRetried() {
        RuntimeException down = new MongoSocketReadException("connection reset", new ServerAddress());
        when(recorder.record(any())).thenThrow(down);

        assertThatThrownBy(() -> listener.record(message)).isSameAs(down);
    }

    @Test
    void aStoreOutageWrappedBySpringIsRetried() {
        RuntimeException down = new DataAccessResourceFailureException("timed out",
                new MongoTimeoutException("no server"));
        when(recorder.record(any())).thenThrow(down);

        assertThatThrownBy(() -> listener.record(message)).isSameAs(down);
    }

    @Test
    void aDocumentTheStoreRefusesIsRejectedForGood() {
        when(recorder.record(any())).thenThrow(new MongoCommandException(
                BsonDocument.parse("{ok: 0, code: 10334, errmsg: 'BSONObj size is invalid'}"), new ServerAddress()));

        assertThatThrownBy(() -> listener.record(message)).isInstanceOf(AmqpRejectAndDontRequeueException.class)
                .hasMessageContaining(message.messageId()).hasMessageContaining("BSONObj size is invalid");
    }

    @Test
    void anyOtherFailureIsRejectedForGood() {
        when(recorder.record(any())).thenThrow(new IllegalStateException("unexpected"));

        assertThatThrownBy(() -> listener.record(message)).isInstanceOf(AmqpRejectAndDontRequeueException.class);
    }
}
