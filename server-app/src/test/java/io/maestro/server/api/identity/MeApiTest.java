package io.maestro.server.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET/PATCH/DELETE /me} and {@code GET /me/audit}. */
class MeApiTest extends IdentityApiTestBase {

    @Test
    void meIsTheCallersProfileWithTheAdminFlag() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        Answer profile = get("/me", me.token());
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().path("_id").asString()).isEqualTo(me.id());
        assertThat(profile.json().path("admin").asBoolean()).isTrue();
        assertThat(profile.json().has("password")).isFalse();
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndKeepsOnesOwnEmail() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        call("PATCH", "/me", body("company", "ACME", "city", "Recife"), me.token());

        Answer patched = call("PATCH", "/me", body("email", "maestro@maestrousers.com", "job", "SRE",
                "password", "sneaky1", "admin", true), me.token());
        assertThat(patched.status()).as(patched.toString()).isEqualTo(202);
        JsonNode user = patched.json();
        assertThat(user.path("job").asString()).isEqualTo("SRE");
        assertThat(user.path("company").asString()).isEqualTo("ACME");
        assertThat(user.path("name").asString()).isEqualTo("MaestroUsers");
        // the password is not patchable here: the old one still logs in
        login(me.email(), me.password());
    }

    @Test
    void patchRefusesAnotherUsersEmailAndInvalidFields() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        register("Friend", "friend@maestrousers.com", "friend-pass1");

        Answer taken = call("PATCH", "/me", body("email", "Friend@MaestroUsers.com"), me.token());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("err").path("errors").asString()).isEqualTo("User already exist");

        Answer shortName = call("PATCH", "/me", body("name", "ab"), me.token());
        assertThat(shortName.status()).isEqualTo(422);
        assertThat(shortName.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("name");
        assertThat(call("PATCH", "/me", body("country", "Brazil"), me.token()).status()).isEqualTo(422);
        assertThat(call("PATCH", "/me", body(), me.token()).status()).isEqualTo(422);
        assertThat(call("PATCH", "/me", body("thisFieldMustnApper", 1), me.token()).status()).isEqualTo(422);
    }

    @Test
    void deleteSoftDeletesAndTheSameTokenThenGets401() {
        Account admin = account("MaestroUsers", "maestro@maestrousers.com");
        Account leaving = account("Leaving", "leaving@maestrousers.com");

        assertThat(call("DELETE", "/me", null, leaving.token()).status()).isEqualTo(204);
        assertThat(get("/me", leaving.token()).status()).isEqualTo(401);
        assertThat(get("/users", leaving.token()).status()).isEqualTo(401);
        assertThat(get("/users/" + leaving.id(), admin.token()).status()).isEqualTo(404);
        assertThat(mongo.getCollection("users").countDocuments(
                new org.bson.Document("_id", new org.bson.types.ObjectId(leaving.id())).append("active", false))).isEqualTo(1);
    }

    @Test
    void theLastAdministratorCannotDeleteTheirAccount() {
        Account admin = account("MaestroUsers", "maestro@maestrousers.com");
        Answer refused = call("DELETE", "/me", null, admin.token());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(get("/me", admin.token()).status()).isEqualTo(200);
    }

    @Test
    void auditHistoryIsFetchedFromAuditAppWithAServiceToken() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        Answer history = get("/me/audit?limit=5", me.token());

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().path("items").get(0).path("entity").asString()).isEqualTo("users");
        assertThat(AuditStub.lastRequest.get()).isEqualTo("/audit/users/" + me.id() + "?limit=5");
        String serviceToken = AuditStub.lastAuthorization.get().substring("JWT ".length());
        PrivateServiceTokens tokens = new PrivateServiceTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH"));
        assertThat(tokens.verify(serviceToken).get("app", String.class)).isEqualTo("server-app");
    }

    @Test
    void auditDownIsAClearErrorNamingTheAuditService() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        AuditStub.down = true;
        Answer history = get("/me/audit", me.token());
        assertThat(history.status()).isEqualTo(503);
        assertThat(history.error()).isEqualTo("HTTPError");
        assertThat(history.json().path("err").path("errors").asString()).isEqualTo("audit-app is unreachable");
    }
}
