package io.maestro.server.messaging.audit;

import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.inventory.InventoryEntity;
import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient.User;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.domain.resource.ResourceDefinition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every write on an audited resource puts one persistent message on the real {@code audit} queue (no audit-app runs
 * here, so this test reads the queue itself; messages of other records, left by other runs, are taken and ignored).
 */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
@Import(AuditPublisherTest.UnauditedNotes.class)
class AuditPublisherTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class UnauditedNotes {

        @Bean
        ResourceDefinition notesDefinition() {
            return ResourceDefinition.of(InventoryEntity.builder("/notes", "notes", "notes")
                            .schema(object().field("name", string().required()))
                            .listFields("_id", "name")
                            .singleFields("roles", "owner")
                            .build())
                    .notAudited()
                    .build();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ConnectionFactory broker;

    record Received(Message message, JsonNode json) {

        JsonNode payload() {
            return json.path("payload");
        }
    }

    /** Our records' messages from the {@code audit} queue, in queue order, once {@code expected} have come. */
    private List<Received> receive(Set<String> entityIds, int expected) {
        RabbitTemplate reader = new RabbitTemplate(broker);
        List<Received> ours = new ArrayList<>();
        Message message;
        while (ours.size() < expected && (message = reader.receive(MaestroQueues.AUDIT, 5000)) != null) {
            JsonNode json = ApiClient.JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
            if (entityIds.contains(json.at("/payload/entityId").asString())) {
                ours.add(new Received(message, json));
            }
        }
        return ours;
    }

    @Test
    void eachWriteOfAnAuditedRecordIsOneConfirmedPersistentMessageAfterTheWrite() {
        ApiClient api = new ApiClient(port, mongo);
        User ana = api.newUser("publisher");
        String id = api.post(ana, "/servers", Map.of("name", "app-1", "cpu", 1)).at("/_id").asString();
        api.patch(ana, "/servers/" + id, Map.of("cpu", 2));
        api.put(ana, "/servers/" + id, Map.of("name", "app-1", "memory", 4));
        User bea = api.newUser("reader");
        api.post(ana, "/servers/" + id + "/roles", Map.of("id", bea.id(), "refs", "users", "role", 1));
        api.delete(ana, "/servers/" + id);
        String team = api.post(ana, "/teams", Map.of("name", "squad")).at("/_id").asString();
        String teamServer = api.post(ana, "/teams/" + team + "/servers", Map.of("name", "app-2")).at("/_id").asString();
        String note = api.post(ana, "/notes", Map.of("name", "not audited")).at("/_id").asString();
        assertThat(note).hasSize(24);

        List<Received> messages = receive(Set.of(id, team, teamServer, note), 7);

        // the relay keeps each record's changes in order; changes of different records may interleave
        messages.sort(Comparator.comparing((Received received) -> List.of(id, team, teamServer)
                .indexOf(received.payload().path("entityId").asString())));
        assertThat(messages).extracting(received -> received.payload().path("entityId").asString()
                + " " + received.payload().path("action").asString())
                .containsExactly(id + " CREATE", id + " PATCH", id + " PUT", id + " PATCH", id + " DELETE",
                        team + " CREATE", teamServer + " CREATE");
        Received created = messages.get(0);
        assertThat(created.payload().path("entity").asString()).isEqualTo("servers");
        assertThat(created.payload().path("user").asString()).isEqualTo(ana.email());
        assertThat(created.payload().path("team").isNull()).isTrue();
        assertThat(created.payload().at("/body/cpu").asInt()).isEqualTo(1);
        assertThat(created.payload().at("/body/owner/_id").asString()).isEqualTo(ana.id());
        assertThat(created.payload().path("body").has("_id")).isFalse();
        assertThat(created.payload().path("body").has("updated_at")).isFalse();
        assertThat(created.message().getMessageProperties().getMessageId()).isEqualTo(created.json().path("messageId").asString());
        assertThat(created.message().getMessageProperties().getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
        assertThat(messages.get(2).payload().at("/body/memory").asInt()).isEqualTo(4);
        assertThat(messages.get(2).payload().path("body").has("cpu")).isFalse();
        assertThat(messages.get(2).payload().at("/body/checksum").asString()).isEqualTo("tombstone");
        assertThat(messages.get(3).payload().at("/body/roles").toString()).as("an ACL change is in the history")
                .contains(bea.id());
        Received viaTeam = messages.get(6);
        assertThat(viaTeam.payload().path("user").asString()).isEqualTo(ana.email());
        assertThat(viaTeam.payload().at("/team/id").asString()).isEqualTo(team);
        assertThat(viaTeam.payload().at("/team/name").asString()).isEqualTo("squad");
        assertThat(viaTeam.payload().at("/body/owner/_id").asString()).isEqualTo(team);
        assertThat(messages).extracting(received -> received.json().path("messageId").asString()).doesNotHaveDuplicates();
        assertThat(receive(Set.of(note), 1)).isEmpty();
    }
}
