package io.maestro.server.messaging.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.messaging.MaestroQueues;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Every stored write of a scheduler job is announced to scheduler-app on the real {@code scheduler} queue (no
 * scheduler-app runs here, so this test reads the queue itself; other jobs' messages, left by other runs, are ignored),
 * and what scheduler-app writes on a job shows in lists and single views.
 */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class SchedulerChangePublisherTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ConnectionFactory broker;

    /** The job ids announced for {@code job}, once {@code expected} have come or the queue stays empty for 5 s. */
    private List<String> announced(String job, int expected) {
        RabbitTemplate reader = new RabbitTemplate(broker);
        List<String> ours = new ArrayList<>();
        Message message;
        while (ours.size() < expected && (message = reader.receive(MaestroQueues.SCHEDULER, 5000)) != null) {
            String jobId = ApiClient.JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8))
                    .at("/payload/jobId").asString();
            if (job.equals(jobId)) {
                ours.add(jobId);
            }
        }
        return ours;
    }

    @Test
    void eachWriteOfAJobIsAnnouncedToTheScheduler() {
        ApiClient api = new ApiClient(port, mongo);
        User ana = api.newUser("scheduling");
        Reply created = api.post(ana, "/scheduler", Map.of("name", "nightly export", "endpoint", "http://hooks.example/x"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String job = created.at("/_id").asString();
        api.patch(ana, "/scheduler/" + job, Map.of("run_immediately", true));
        api.delete(ana, "/scheduler/" + job);

        assertThat(announced(job, 3)).hasSize(3);
    }

    @Test
    void listsAndSingleViewsShowWhatTheSchedulerWrote() {
        ApiClient api = new ApiClient(port, mongo);
        User ana = api.newUser("scheduled");
        String job = api.post(ana, "/scheduler", Map.of("name", "hourly sync", "endpoint", "crawler/aws/x/server-list"))
                .at("/_id").asString();
        mongo.getCollection("schedulers").updateOne(new Document("_id", new ObjectId(job)), new Document("$set",
                new Document("next_run_at", new Date(1_800_000_000_000L)).append("last_run_status", "danger")
                        .append("msg", "Connection x no longer exists")));

        Reply list = api.get(ana, "/scheduler");
        assertThat(list.at("/items/0/next_run_at").asString()).startsWith("2027-01-15T08:00:00");
        assertThat(list.at("/items/0/last_run_status").asString()).isEqualTo("danger");
        assertThat(list.at("/items/0/msg").asString()).isEqualTo("Connection x no longer exists");
        assertThat(api.get(ana, "/scheduler/" + job).at("/last_run_status").asString()).isEqualTo("danger");
    }
}
