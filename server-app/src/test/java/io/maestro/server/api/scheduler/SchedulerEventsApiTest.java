package io.maestro.server.api.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** {@code GET /scheduler/:id/events} (§2.8): the run events scheduler-app records for a job, to readers of the job. */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class SchedulerEventsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    User owner;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port, mongo);
        owner = api.newUser("jobs");
    }

    @Test
    void listsTheJobsRunEventsTenToAPageByDefault() {
        String job = createJob(owner, "/scheduler");
        String otherJob = createJob(owner, "/scheduler");
        List<Document> events = new ArrayList<>();
        for (int run = 0; run < 12; run++) {
            events.add(runEvent(job, "Scheduler run - " + run, true));
        }
        events.add(runEvent(otherJob, "Scheduler run - other job", true));
        events.add(runEvent(job, "Scheduler run - deleted", false));
        mongo.getCollection("events").insertMany(events);

        Reply firstPage = api.get(owner, "/scheduler/" + job + "/events");

        assertThat(firstPage.status()).as(firstPage.raw()).isEqualTo(200);
        assertThat(firstPage.at("/found").asLong()).isEqualTo(12);
        assertThat(firstPage.at("/limit").asInt()).isEqualTo(10);
        assertThat(firstPage.at("/items")).hasSize(10);
        assertThat(firstPage.at("/items/0/msg").asString()).startsWith("Scheduler run - ");
        assertThat(firstPage.at("/items/0/description").asString()).as("the run's outcome").isEqualTo("{\"ok\":true}");
        assertThat(firstPage.at("/items/0/_links/_self/href").asString()).startsWith("/events/");
        assertThat(api.get(owner, "/scheduler/" + job + "/events?limit=20").at("/items")).hasSize(12);
        assertThat(api.get(owner, "/scheduler/" + job + "/events?page=2").at("/items")).hasSize(2);
        assertThat(api.get(owner, "/scheduler/" + otherJob + "/events").at("/found").asLong()).isEqualTo(1);
        assertThat(api.get(owner, "/events").at("/found").asLong()).as("nobody holds a role on run events").isZero();
    }

    @Test
    void readersOfTheJobOnlyAndUnderTheTeam() {
        String job = createJob(owner, "/scheduler");
        mongo.getCollection("events").insertOne(runEvent(job, "Scheduler run - shared", true));
        User reader = api.newUser("jobs-reader");
        assertThat(api.post(owner, "/scheduler/" + job + "/roles",
                Map.of("id", reader.id(), "refs", "users", "role", "1")).status()).isEqualTo(201);

        assertThat(api.get(reader, "/scheduler/" + job + "/events").at("/found").asLong()).isEqualTo(1);
        assertThat(api.get(api.newUser("jobs-stranger"), "/scheduler/" + job + "/events").status()).isEqualTo(404);
        assertThat(api.get(owner, "/scheduler/not-an-id/events").status()).isEqualTo(404);

        String teamId = api.post(owner, "/teams", Map.of("name", "crew-" + owner.name().substring(5, 12))).at("/_id").asString();
        String teamJob = createJob(owner, "/teams/" + teamId + "/scheduler");
        mongo.getCollection("events").insertOne(runEvent(teamJob, "Scheduler run - team", true));
        Reply teamEvents = api.get(owner, "/teams/" + teamId + "/scheduler/" + teamJob + "/events");
        assertThat(teamEvents.status()).isEqualTo(200);
        assertThat(teamEvents.at("/items/0/msg").asString()).isEqualTo("Scheduler run - team");
        assertThat(api.get(owner, "/scheduler/" + teamJob + "/events").status()).as("a team's job, read personally").isEqualTo(404);
    }

    private String createJob(User user, String route) {
        Reply created = api.post(user, route, Map.of("name", "nightly export", "endpoint", "http://hooks.example/export"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.at("/_id").asString();
    }

    /** An event as scheduler-app writes it through data-app: the job is the only ACL entry, role 5. */
    private static Document runEvent(String job, String msg, boolean active) {
        return new Document("msg", msg).append("context", "scheduler").append("status", "success")
                .append("description", "{\"ok\":true}").append("active", active)
                .append("roles", List.of(new Document("_id", new ObjectId(job)).append("refs", "scheduler").append("role", 5)))
                .append("created_at", new Date()).append("updated_at", new Date());
    }
}
