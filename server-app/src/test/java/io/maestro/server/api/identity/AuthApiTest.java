package io.maestro.server.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import io.maestro.server.store.identity.MongoAttemptCounters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /users/auth}, its throttling, and {@code PATCH /users/auth/pass}. */
class AuthApiTest extends IdentityApiTestBase {

    /** Loopback addresses other than the tests' own 127.0.0.1, as other client machines. */
    private static final String ATTACKER = "127.0.0.66";
    private static final String OWNERS_OTHER_PLACE = "127.0.0.7";

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

    /**
     * Issue 22, finding 4: five wrong passwords from anywhere used to lock the account for everyone, the owner
     * included. Now an attacker's failures slow the attacker's address only.
     */
    @Test
    void anAttackerCannotLockTheOwnerOut() {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        for (int i = 0; i < 12; i++) {
            callFrom(ATTACKER, "POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "guess" + i));
            clock.advance(Duration.ofSeconds(1));
        }
        Answer attacker = callFrom(ATTACKER, "POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "guess"));
        assertThat(attacker.status()).as(attacker.toString()).isEqualTo(429);

        Answer owner = call("POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "mytester"), null);
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
        Answer ownerFromAnotherPlace = callFrom(OWNERS_OTHER_PLACE, "POST", "/users/auth",
                body("email", "maestro@maestrousers.com", "password", "mytester"));
        assertThat(ownerFromAnotherPlace.status()).as(ownerFromAnotherPlace.toString()).isEqualTo(200);
    }

    @Test
    void afterFiveFreeFailuresEachOneDoublesTheWaitOfThatAddressUpTo15Minutes() {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        for (int i = 0; i < 5; i++) {
            assertThat(login("wrong" + i).status()).isEqualTo(400);
        }
        for (long expected : new long[] {1, 2, 4, 8, 16}) {
            Answer waiting = login("mytester");
            assertThat(waiting.status()).as(waiting.toString()).isEqualTo(429);
            assertThat(waiting.error()).isEqualTo("TooManyRequestsError");
            assertThat(Long.parseLong(waiting.header("Retry-After"))).isEqualTo(expected);
            clock.advance(Duration.ofSeconds(expected));
            assertThat(login("still-wrong").status()).isEqualTo(400);
        }
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(15));
            assertThat(login("still-wrong").status()).isEqualTo(400);
        }
        assertThat(Long.parseLong(login("mytester").header("Retry-After"))).isEqualTo(900);

        clock.advance(Duration.ofMinutes(15));
        assertThat(login("mytester").status()).isEqualTo(200);
        assertThat(mongo.getCollection(MongoAttemptCounters.COLLECTION).countDocuments(
                new Document("account", "maestro@maestrousers.com"))).as("a successful login starts the count again").isZero();
    }

    @Test
    void twentyFailuresFromOneAddressMakeThatAddressWaitNotTheOthers() {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        for (int i = 0; i < 20; i++) {
            assertThat(callFrom(ATTACKER, "POST", "/users/auth",
                    body("email", "guess" + i + "@maestrousers.com", "password", "guessing")).status()).isEqualTo(400);
        }
        Answer sprayer = callFrom(ATTACKER, "POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", "mytester"));
        assertThat(sprayer.status()).isEqualTo(429);
        assertThat(Long.parseLong(sprayer.header("Retry-After"))).isEqualTo(900);
        assertThat(login("mytester").status()).isEqualTo(200);
    }

    /** Issue 22, finding 9: sign-ups are throttled per address. */
    @Test
    void tenSignUpsFromOneAddressMakeItWaitAnHour() {
        for (int i = 0; i < 10; i++) {
            assertThat(callFrom(ATTACKER, "POST", "/users", body("name", "Flood" + i, "email", "flood" + i + "@example.com",
                    "password", "flooding-pass")).status()).isEqualTo(201);
        }
        Answer eleventh = callFrom(ATTACKER, "POST", "/users", body("name", "Flood", "email", "flood@example.com",
                "password", "flooding-pass"));
        assertThat(eleventh.status()).as(eleventh.toString()).isEqualTo(429);
        assertThat(eleventh.error()).isEqualTo("TooManyRequestsError");
        assertThat(Long.parseLong(eleventh.header("Retry-After"))).isEqualTo(3600);
        assertThat(mongo.getCollection("users").countDocuments(new Document("email", "flood@example.com"))).isZero();

        assertThat(call("POST", "/users", body("name", "Someone", "email", "someone@example.com",
                "password", "someone-pass"), null).status()).as("another address").isEqualTo(201);
        clock.advance(Duration.ofHours(1));
        assertThat(callFrom(ATTACKER, "POST", "/users", body("name", "Flood", "email", "flood@example.com",
                "password", "flooding-pass")).status()).isEqualTo(201);
    }

    /** Issue 22, finding 9: passwords of 4 characters were accepted; none is ever echoed in an error. */
    @Test
    void newPasswordsNeedEightToSixtyFourCharactersAndAreNeverEchoed() {
        Answer tooShort = call("POST", "/users", body("name", "Shorty", "email", "short@example.com", "password", "abc1234"), null);
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("password");
        assertThat(tooShort.json().path("err").path("errors").get(0).path("type").asString()).isEqualTo("string.min");
        assertThat(tooShort.body()).doesNotContain("abc1234");
        String wide = "\uD83D\uDD11".repeat(20);
        Answer tooManyBytes = call("POST", "/users", body("name", "Wide", "email", "wide@example.com", "password", wide), null);
        assertThat(tooManyBytes.status()).as(tooManyBytes.toString()).isEqualTo(422);
        assertThat(tooManyBytes.body()).doesNotContain(wide);
        assertThat(call("POST", "/users", body("name", "Longest", "email", "long@example.com", "password", "p".repeat(64)),
                null).status()).isEqualTo(201);
        assertThat(call("POST", "/users", body("name", "Longer", "email", "longer@example.com", "password", "p".repeat(65)),
                null).status()).isEqualTo(422);
        assertThat(mongo.getCollection("users").countDocuments()).isEqualTo(1);

        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        Answer shortNew = call("PATCH", "/users/auth/pass",
                body("email", me.email(), "password", me.password(), "newpass", "short1"), me.token());
        assertThat(shortNew.status()).isEqualTo(422);
        assertThat(shortNew.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("newpass");
        Answer overlong = call("POST", "/users/auth", body("email", me.email(), "password", wide + wide), null);
        assertThat(overlong.status()).as("a password bcrypt cannot read is refused, not a 500").isEqualTo(422);
    }

    private Answer login(String password) {
        return call("POST", "/users/auth", body("email", "maestro@maestrousers.com", "password", password), null);
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
