package io.maestro.server.api.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import io.maestro.server.domain.resource.ResourceChanged;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** Teams (§2.5): fields, rules, membership-based visibility, autocomplete, and the identity of mirrored writes. */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class TeamsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ConfigurableApplicationContext context;

    ApiClient api;
    User alice;
    User bob;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port, mongo);
        alice = api.newUser("alice");
        bob = api.newUser("bob");
    }

    String team(User by, String name) {
        Reply created = api.post(by, "/teams", Map.of("name", name, "email", "ops@teams.test",
                "url", "https://ops.example", "avatar", "teams/ops.png"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.at("/_id").asString();
    }

    @Test
    void singleTeamHasTheFieldsOf06() {
        String id = team(alice, "ops-" + alice.name().substring(6));

        JsonNode team = api.get(alice, "/teams/" + id).body();

        assertThat(team.propertyNames()).containsExactlyInAnyOrder("_id", "updated_at", "name", "email", "url", "avatar",
                "members", "owner", "_links");
        assertThat(team.at("/owner/_id").asString()).isEqualTo(alice.id());
        assertThat(team.at("/members/0/role").asInt()).isEqualTo(7);
        assertThat(team.at("/members/0/name").asString()).isEqualTo(alice.name());
    }

    @Test
    void validatesNameEmailAvatarAndUrl() {
        assertThat(field(api.post(alice, "/teams", Map.of("name", "x".repeat(31))))).isEqualTo("name");
        assertThat(field(api.post(alice, "/teams", Map.of("name", "ops", "email", "not-mail")))).isEqualTo("email");
        assertThat(field(api.post(alice, "/teams", Map.of("name", "ops", "avatar", "ab")))).isEqualTo("avatar");
        assertThat(field(api.post(alice, "/teams", Map.of("name", "ops", "url", "javascript:alert(1)")))).isEqualTo("url");
    }

    @Test
    void membersOfAnyRoleSeeTheTeamOthersDoNot() {
        String id = team(alice, "crew-" + alice.name().substring(6));
        assertThat(api.get(bob, "/teams").at("/found").asInt()).isZero();
        assertThat(api.get(bob, "/teams/" + id).status()).isEqualTo(404);

        Reply added = api.post(alice, "/teams/" + id + "/members", Map.of("id", bob.id(), "refs", "users", "role", 1,
                "name", bob.name(), "email", bob.email()));
        assertThat(added.status()).isEqualTo(201);

        assertThat(api.get(bob, "/teams").at("/items/0/_id").asString()).isEqualTo(id);
        assertThat(api.get(bob, "/teams/count").at("/count").asInt()).isEqualTo(1);
        assertThat(api.patch(bob, "/teams/" + id, Map.of("name", "renamed")).status()).isEqualTo(403);
        assertThat(api.get(alice, "/teams/" + id + "/teams").status()).isEqualTo(404);
    }

    @Test
    void autocompleteMatchesNamesLiterallyAndOnlyVisibleOnes() {
        String tag = alice.name().substring(6);
        team(alice, "a.b-" + tag);
        team(alice, "axb-" + tag);
        team(bob, "a.b-bob-" + tag);

        Reply matches = api.get(alice, "/teams/autocomplete?complete=" + URLEncoder.encode("A.B-", StandardCharsets.UTF_8));

        assertThat(matches.status()).isEqualTo(200);
        assertThat(matches.at("/found").asInt()).isEqualTo(1);
        assertThat(matches.at("/items/0/name").asString()).isEqualTo("a.b-" + tag);
        assertThat(api.get(alice, "/teams/autocomplete").status()).isEqualTo(400);
        api.post(alice, "/projects", Map.of("name", "apollo-" + tag));
        assertThat(api.get(alice, "/projects/autocomplete?complete=APOLLO-" + tag).at("/found").asInt()).isEqualTo(1);
    }

    @Test
    void mirroredWritesAreOwnedByTheTeamAndReportTheRealUser() {
        String teamName = "owners-" + alice.name().substring(6);
        String id = team(alice, teamName);
        List<ResourceChanged> changes = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<ResourceChanged>> listener = event -> changes.add(event.getPayload());
        context.addApplicationListener(listener);
        try {
            Reply created = api.post(alice, "/teams/" + id + "/projects", Map.of("name", "mirrored"));

            assertThat(created.at("/owner/refs").asString()).isEqualTo("teams");
            assertThat(created.at("/owner/name").asString()).isEqualTo(teamName);
            assertThat(created.at("/roles/0/_id").asString()).isEqualTo(id);
            String projectId = created.at("/_id").asString();
            ResourceChanged change = changes.stream()
                    .filter(event -> event.record().getObjectId("_id").toHexString().equals(projectId)).findFirst().orElseThrow();
            assertThat(change.actor().actingAs().id()).isEqualTo(id);
            assertThat(change.actor().user().id()).isEqualTo(alice.id());
            assertThat(change.definition().entityName()).isEqualTo("projects");
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    private static String field(Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(422);
        return reply.at("/err/errors/0/path/0").asString();
    }
}
