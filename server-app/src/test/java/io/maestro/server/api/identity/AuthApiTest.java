package io.maestro.server.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /users/auth}, its throttling, and {@code PATCH /users/auth/pass}. */
class AuthApiTest extends IdentityApiTestBase {

    @Test
    void loginAnswersATokenAndTheUserSummary() {
        String id = register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        Answer login = call("POST", "/users/auth", body("email", "Maestro@MaestroUsers.com", "password", "mytester"), null);

        assertThat(login.status()).isEqualTo(200);
        JsonNode user = login.json().path("user");
        assertThat(user.path("_id").asString()).isEqualTo(id);
        assertThat(user.path("sub").asString()).isEqualTo(id);
        assertThat(user.path("name").asString()).isEqualTo("MaestroUsers");
        assertThat(user.path("email").asString()).isEqualTo("maestro@maestrousers.com");
        assertThat(get("/me", login.json().path("token").asString()).json().path("_id").asString()).isEqualTo(id);
    }

    @Test
    void wrongPasswordAndUnknownEmailAreTheSame400() {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        Answer wrong = call("POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "wrongpass"), null);
        Answer unknown = call("POST", "/users/auth", body("email", "nobody@maestrousers.com", "password", "mytester"), null);

        for (Answer answer : new Answer[] {wrong, unknown}) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.error()).isEqualTo("PermissionError");
            assertThat(answer.json().path("err").path("errors").asString()).isEqualTo("Invalid username or password");
        }
    }

    @Test
    void missingLoginFieldsAre422() {
        Answer noPassword = call("POST", "/users/auth", body("email", "maestro@maestrousers.com"), null);
        assertThat(noPassword.status()).isEqualTo(422);
        assertThat(noPassword.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("password");
        assertThat(call("POST", "/users/auth", body("password", "mytester"), null).status()).isEqualTo(422);
    }

    @Test
    void aDeletedUserCannotLogIn() {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        Account leaving = account("Leaving", "leaving@maestrousers.com");
        assertThat(call("DELETE", "/me", null, leaving.token()).status()).isEqualTo(204);
        assertThat(call("POST", "/users/auth", body("email", leaving.email(), "password", leaving.password()), null).status())
                .isEqualTo(400);
    }

    @Test
    void fiveFailuresLockTheAccountFor15MinutesWithRetryAfter() {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        for (int i = 0; i < 5; i++) {
            assertThat(call("POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "wrong" + i), null)
                    .status()).isEqualTo(400);
        }

        Answer locked = call("POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "mytester"), null);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.error()).isEqualTo("TooManyRequestsError");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);

        clock.advance(Duration.ofMinutes(10));
        Answer stillLocked = call("POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "mytester"), null);
        assertThat(Long.parseLong(stillLocked.header("Retry-After"))).isBetween(290L, 300L);

        clock.advance(Duration.ofMinutes(5));
        assertThat(call("POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "mytester"), null)
                .status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginResetsTheAccountCount() {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(call("POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "wrong" + i), null)
                        .status()).isEqualTo(400);
            }
            login("maestro@maestrousers.com", "mytester");
        }
        assertThat(mongo.getCollection("maestro_login_failures")
                .countDocuments(new Document("_id", "account:maestro@maestrousers.com"))).isZero();
    }

    @Test
    void twentyFailuresFromOneAddressLockEveryAccountFromIt() {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        for (int i = 0; i < 20; i++) {
            assertThat(call("POST", "/users/auth", body("email", "guess" + i + "@maestrousers.com", "password", "guessing"), null)
                    .status()).isEqualTo(400);
        }
        Answer locked = call("POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "mytester"), null);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotBlank();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");

        Answer wrongCurrent = call("PATCH", "/users/auth/pass",
                body("email", me.email(), "password", "not-mine", "newpass", "brandnew"), me.token());
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.error()).isEqualTo("PermissionError");

        Answer noNewPass = call("PATCH", "/users/auth/pass", body("email", me.email(), "password", me.password()), me.token());
        assertThat(noNewPass.status()).isEqualTo(422);
        assertThat(noNewPass.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("newpass");

        assertThat(call("PATCH", "/users/auth/pass", body("email", me.email(), "password", me.password(), "newpass", "brandnew"),
                null).status()).isEqualTo(401);

        Answer changed = call("PATCH", "/users/auth/pass",
                body("email", me.email(), "password", me.password(), "newpass", "brandnew"), me.token());
        assertThat(changed.status()).isEqualTo(201);
        assertThat(call("POST", "/users/auth", body("email", me.email(), "password", me.password()), null).status()).isEqualTo(400);
        login(me.email(), "brandnew");
    }

    @Test
    void anotherUsersCredentialsDoNotChangeTheCallersPassword() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        Account friend = account("Friend", "friend@maestrousers.com");
        Answer borrowed = call("PATCH", "/users/auth/pass",
                body("email", friend.email(), "password", friend.password(), "newpass", "brandnew"), me.token());
        assertThat(borrowed.status()).isEqualTo(400);
        login(me.email(), me.password());
    }

    @Test
    void passwordsFromMaestro06AreRehashedWithTheCurrentCost() {
        String id = register("Legacy", "legacy@maestrousers.com", "mytester");
        String cost6 = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(6).encode("mytester");
        mongo.getCollection("users").updateOne(new Document("_id", new org.bson.types.ObjectId(id)),
                new Document("$set", new Document("password", cost6)));

        login("legacy@maestrousers.com", "mytester");
        String rehashed = mongo.getCollection("users").find(new Document("_id", new org.bson.types.ObjectId(id))).first()
                .getString("password");
        assertThat(rehashed).startsWith("$2a$10$");
    }
}
