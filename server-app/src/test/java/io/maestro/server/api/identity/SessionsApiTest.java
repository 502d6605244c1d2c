package io.maestro.server.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sessions end at once: a password change refuses every token issued before it (the answer carries the caller's new
 * one), account deletion takes the user out of every team, and websocket-app is told (session commands on its
 * {@code /api}) to close the sockets and drop the team subscriptions that ended.
 */
class SessionsApiTest extends IdentityApiTestBase {

    @Test
    void aPasswordChangeEndsEveryEarlierTokenAndAnswersANewOne() {
        account("MaestroUsers", "maestro@maestrousers.com");
        Account me = account("Changer", "changer@maestrousers.com");
        String otherDevice = login(me.email(), me.password());

        Answer changed = call("PATCH", "/users/auth/pass",
                body("email", me.email(), "password", me.password(), "newpass", "brandnew"), me.token());

        assertThat(changed.status()).isEqualTo(201);
        assertThat(changed.json().path("email").asString()).isEqualTo(me.email());
        String fresh = changed.json().path("token").asString();
        assertThat(get("/me", me.token()).status()).as("the token that changed the password").isEqualTo(401);
        assertThat(get("/me", otherDevice).status()).as("another device's token").isEqualTo(401);
        assertThat(get("/me", fresh).status()).isEqualTo(200);
        assertThat(get("/me", login(me.email(), "brandnew")).status()).isEqualTo(200);
        assertThat(get("/me", fresh).status()).as("a later login leaves the new token alone").isEqualTo(200);

        List<JsonNode> disconnects = WebsocketStub.commands("disconnect");
        assertThat(disconnects).hasSize(1);
        assertThat(disconnects.get(0).path("params").path("user").asString()).isEqualTo(me.id());
        assertThat(disconnects.get(0).path("params").path("generation_below").asLong()).isEqualTo(1);
        assertThat(WebsocketStub.authorizations).containsOnly("apikey " + MaestroTestEnvironment.SECRETS.get("MAESTRO_WEBSOCKET_SECRET"));
    }

    @Test
    void aSecondPasswordChangeEndsTheTokenOfTheFirst() {
        account("MaestroUsers", "maestro@maestrousers.com");
        Account me = account("Changer", "changer@maestrousers.com");
        String first = call("PATCH", "/users/auth/pass",
                body("email", me.email(), "password", me.password(), "newpass", "second-pass"), me.token()).json().path("token").asString();
        Answer again = call("PATCH", "/users/auth/pass", body("email", me.email(), "password", "second-pass", "newpass", "third-pass"), first);

        assertThat(again.status()).isEqualTo(201);
        assertThat(get("/me", first).status()).isEqualTo(401);
        assertThat(get("/me", again.json().path("token").asString()).status()).isEqualTo(200);
        assertThat(WebsocketStub.commands("disconnect").get(1).path("params").path("generation_below").asLong()).isEqualTo(2);
    }

    @Test
    void deletingTheAccountEndsItsSocketsAndTakesItOutOfEveryTeam() {
        Account admin = account("MaestroUsers", "maestro@maestrousers.com");
        Account leaving = account("Leaving", "leaving@maestrousers.com");
        String shared = team(admin, "shared");
        addMember(admin, shared, leaving, 3);
        String alone = team(leaving, "alone");

        assertThat(call("DELETE", "/me", null, leaving.token()).status()).isEqualTo(204);

        assertThat(get("/me", leaving.token()).status()).isEqualTo(401);
        assertThat(memberIds(shared, admin)).containsExactly(admin.id());
        assertThat(teamDocument(alone).getBoolean("active")).as("a team nobody else was in goes with the account").isFalse();
        assertThat(teamDocument(shared).getBoolean("active")).isTrue();

        List<JsonNode> disconnects = WebsocketStub.commands("disconnect");
        assertThat(disconnects).hasSize(1);
        assertThat(disconnects.get(0).path("params").path("user").asString()).isEqualTo(leaving.id());
        assertThat(disconnects.get(0).path("params").has("generation_below")).as("every socket of the user").isFalse();
    }

    @Test
    void theOnlyAdminOfATeamWithOtherMembersMustHandItOverBeforeLeaving() {
        Account admin = account("MaestroUsers", "maestro@maestrousers.com");
        Account founder = account("Founder", "founder@maestrousers.com");
        String team = team(founder, "founded");
        addMember(founder, team, admin, 1);

        Answer refused = call("DELETE", "/me", null, founder.token());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("err").path("errors").asString()).contains("founded-");
        assertThat(get("/me", founder.token()).status()).isEqualTo(200);
        assertThat(WebsocketStub.commands("disconnect")).isEmpty();

        assertThat(call("PUT", "/teams/" + team + "/members/" + admin.id(), Map.of("refs", "users", "role", 7),
                founder.token()).status()).isBetween(200, 299);
        assertThat(call("DELETE", "/me", null, founder.token()).status()).isEqualTo(204);
        assertThat(memberIds(team, admin)).containsExactly(admin.id());
    }

    @Test
    void aMemberRemovedFromATeamOrATeamDeletedIsUnsubscribedFromItsChannel() {
        Account admin = account("MaestroUsers", "maestro@maestrousers.com");
        Account bob = account("Bobby", "bob@maestrousers.com");
        Account carol = account("Carol", "carol@maestrousers.com");
        String team = team(admin, "crew");
        addMember(admin, team, bob, 1);
        addMember(admin, team, carol, 1);

        assertThat(call("DELETE", "/teams/" + team + "/members/" + bob.id(), null, admin.token()).status()).isBetween(200, 299);
        assertThat(call("PUT", "/teams/" + team + "/members",
                List.of(Map.of("_id", admin.id(), "refs", "users", "role", 7)), admin.token()).status()).isBetween(200, 299);
        assertThat(call("DELETE", "/teams/" + team, null, admin.token()).status()).isBetween(200, 299);

        List<JsonNode> unsubscribes = WebsocketStub.commands("unsubscribe");
        assertThat(unsubscribes).extracting(command -> command.path("params").path("channel").asString())
                .containsOnly("maestro-" + team);
        assertThat(unsubscribes).extracting(command -> command.path("params").path("user").asString(""))
                .containsExactly(bob.id(), carol.id(), "");
    }

    private String team(Account owner, String name) {
        Answer created = call("POST", "/teams", Map.of("name", name + "-" + new ObjectId().toHexString().substring(18)),
                owner.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("_id").asString();
    }

    private void addMember(Account admin, String team, Account member, int role) {
        Answer added = call("POST", "/teams/" + team + "/members", Map.of("id", member.id(), "refs", "users", "role", role),
                admin.token());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }

    private List<String> memberIds(String team, Account reader) {
        Answer read = get("/teams/" + team, reader.token());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json().path("members").valueStream().map(member -> member.path("_id").asString()).toList();
    }

    private Document teamDocument(String id) {
        return mongo.getCollection("teams").find(new Document("_id", new ObjectId(id))).first();
    }
}
