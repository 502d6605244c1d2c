package io.maestro.reports;

import static io.maestro.common.testsupport.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A run whose audit event the broker does not take (here: its queue is gone, so the event cannot be routed) fails
 * and is tried again by the {@code reports} queue until the event is taken: the change reaches the report's history,
 * and the owner is told only then.
 */
class ReportAuditRetryTest {

    @Test
    void aRunWhoseAuditEventTheBrokerRefusesIsTriedAgainUntilTheEventIsTaken() throws Exception {
        try (ReportServices services = new ReportServices("--maestro.messaging.max-attempts=40")) {
            ObjectId owner = new ObjectId();
            services.store("servers", owner, new Document("hostname", "web-1"));
            ObjectId report = services.store("reports", owner, new Document("name", "Audited").append("report", "general")
                    .append("status", "process"));
            RabbitAdmin admin = new RabbitAdmin(services.broker());
            admin.deleteQueue(services.auditQueue());

            services.start("general", report, "Servers", List.of(), owner);

            // the record shows the outcome before the audit event is sent; the refused event fails the run
            assertThat(services.ended(report).getString("status")).isEqualTo("finished");
            Thread.sleep(500);
            String notice = "reports-" + report.toHexString();
            services.websocketApp().verify(0, postRequestedFor(urlPathEqualTo("/api")).withRequestBody(containing(notice)));

            admin.declareQueue(QueueBuilder.durable(services.auditQueue()).build());
            RabbitTemplate rabbit = new RabbitTemplate(services.broker());
            JsonNode event = eventually(() -> {
                Message message = rabbit.receive(services.auditQueue(), 500);
                return message == null ? null
                        : ReportServices.JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
            }, Duration.ofSeconds(60), "the report's audit event");

            assertThat(event.path("payload").path("entityId").asString()).isEqualTo(report.toHexString());
            assertThat(event.path("payload").path("action").asString()).isEqualTo("PATCH");
            assertThat(event.path("payload").path("body").path("status").asString()).isEqualTo("finished");
            eventually(() -> services.websocketApp().findAll(postRequestedFor(urlPathEqualTo("/api"))
                    .withRequestBody(containing(notice))).isEmpty() ? null : true, Duration.ofSeconds(30),
                    "the owner's notice");
        }
    }
}
