package io.maestro.server.messaging.audit;

import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.maestro.common.acl.Caller;
import io.maestro.common.audit.AuditEvent;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceChange;
import io.maestro.server.domain.resource.ResourceChanged;
import io.maestro.server.domain.resource.ResourceDefinition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A broker that does not take the messages never fails the write: they wait, in order, and go out on the next retry. */
class AuditPublisherBacklogTest {

    private static final ResourceDefinition SERVERS = ResourceDefinition.builder("/servers", "servers", "servers")
            .schema(object().field("name", string())).listFields("_id", "name").singleFields("roles").build();

    private final CachingConnectionFactory down = new CachingConnectionFactory("127.0.0.1", 1);
    private final CachingConnectionFactory up = confirming(new CachingConnectionFactory("127.0.0.1", 5672));
    private final AuditEvents events = mock(AuditEvents.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<MessagePublisher> publishers = mock(ObjectProvider.class);

    private static CachingConnectionFactory confirming(CachingConnectionFactory factory) {
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        factory.setPublisherReturns(true);
        return factory;
    }

    @AfterEach
    void closeConnections() {
        down.destroy();
        up.destroy();
    }

    private ResourceChanged change(String name) {
        ObjectId id = new ObjectId();
        ResourceChanged changed = new ResourceChanged(SERVERS, ResourceChange.CREATE, new Document("_id", id),
                Actor.personal(Caller.user(new ObjectId().toHexString(), "ana", "ana@maestro.test")));
        when(events.of(changed)).thenReturn(new AuditEvent("servers", id.toHexString(), AuditEvent.Action.CREATE,
                Map.of("name", name), "ana@maestro.test", null));
        return changed;
    }

    @Test
    void messagesTheBrokerRefusedArePublishedInOrderOnceItIsBackAndTheOldestGoWhenTheBacklogIsFull() {
        JacksonJsonMessageConverter converter = new JacksonJsonMessageConverter();
        MessagePublisher unreachable = new MessagePublisher(down, converter, Duration.ofSeconds(2));
        MessagePublisher reachable = new MessagePublisher(up, converter, Duration.ofSeconds(5));
        new RabbitAdmin(up).declareQueue(QueueBuilder.durable(MaestroQueues.AUDIT).build());
        AuditPublisher publisher = new AuditPublisher(publishers, events, 2, MaestroQueues.AUDIT);
        List<ResourceChanged> changes = List.of(change("first"), change("second"), change("third"));
        when(publishers.getIfAvailable()).thenReturn(unreachable);

        changes.forEach(publisher::onResourceChanged);

        assertThat(publisher.backlogSize()).isEqualTo(2);
        when(publishers.getIfAvailable()).thenReturn(reachable);
        publisher.retryBacklog();
        assertThat(publisher.backlogSize()).isZero();
        List<String> names = new ArrayList<>();
        List<String> ids = changes.stream().map(changed -> changed.record().getObjectId("_id").toHexString()).toList();
        RabbitTemplate reader = new RabbitTemplate(up);
        Message message;
        while (names.size() < 2 && (message = reader.receive(MaestroQueues.AUDIT, 5000)) != null) {
            JsonNode payload = JsonMapper.builder().build().readTree(new String(message.getBody(), StandardCharsets.UTF_8))
                    .path("payload");
            if (ids.contains(payload.path("entityId").asString())) {
                names.add(payload.at("/body/name").asString());
            }
        }
        assertThat(names).containsExactly("second", "third");
    }
}
