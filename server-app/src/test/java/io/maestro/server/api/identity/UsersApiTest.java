package io.maestro.server.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /users}, {@code GET /users[/:id]}, {@code /users/autocomplete} and who may call them. */
class UsersApiTest extends IdentityApiTestBase {

    private static final String SESSION_SECRET = MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT");

    @Test
    void signUpAnswers201WithThePublicProfileAndDropsUnknownFields() {
        Answer created = call("POST", "/users", body("name", "MaestroUsers", "email", "Maestro@MaestroUsers.com",
                "password", "mytester", "company", "ACME", "country", Map.of("code", "BR"),
                "thisFieldMustnApper", "x", "active", false), null);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode user = created.json();
        assertThat(user.path("_id").asString()).matches("[0-9a-f]{24}");
        assertThat(user.path("name").asString()).isEqualTo("MaestroUsers");
        assertThat(user.path("email").asString()).isEqualTo("maestro@maestrousers.com");
        assertThat(user.path("company").asString()).isEqualTo("ACME");
        assertThat(user.path("country").path("code").asString()).isEqualTo("BR");
        assertThat(user.path("_links").path("_self").path("href").asString()).isEqualTo("/users/" + user.path("_id").asString());
        assertThat(user.has("password")).isFalse();
        assertThat(user.has("thisFieldMustnApper")).isFalse();
        assertThat(user.has("active")).isFalse();

        Document stored = mongo.getCollection("users").find().first();
        assertThat(stored.getBoolean("active")).isTrue();
        assertThat(stored.containsKey("thisFieldMustnApper")).isFalse();
        assertThat(stored.getString("password")).startsWith("$2a$10$");
        assertThat(stored.get("created_at")).isInstanceOf(java.util.Date.class);
    }

    @Test
    void signUpValidationNamesEachFailingField() {
        Answer shortName = call("POST", "/users", body("name", "ab", "email", "a@b.co", "password", "secret-pass"), null);
        assertThat(shortName.status()).isEqualTo(422);
        assertThat(shortName.error()).isEqualTo("ValidatorError");
        JsonNode detail = shortName.json().path("err").path("errors").get(0);
        assertThat(detail.path("path").get(0).asString()).isEqualTo("name");
        assertThat(detail.path("type").asString()).isEqualTo("string.min");
        assertThat(detail.path("message").asString()).isEqualTo("\"name\" length must be at least 3 characters long");

        Answer badEmail = call("POST", "/users", body("name", "Someone", "email", "not-an-email", "password", "secret-pass"), null);
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("email");

        Answer noPassword = call("POST", "/users", body("name", "Someone", "email", "a@b.co"), null);
        assertThat(noPassword.status()).isEqualTo(422);
        assertThat(noPassword.json().path("err").path("errors").get(0).path("type").asString()).isEqualTo("any.required");
        assertThat(noPassword.json().path("err").path("errors").get(0).path("path").get(0).asString()).isEqualTo("password");

        Answer longPassword = call("POST", "/users", body("name", "Someone", "email", "a@b.co", "password", "x".repeat(65)), null);
        assertThat(longPassword.status()).isEqualTo(422);
        Answer wrongType = call("POST", "/users", body("name", 12345, "email", "a@b.co", "password", "secret-pass"), null);
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.json().path("err").path("errors").get(0).path("type").asString()).isEqualTo("string.base");
        Answer notJson = call("POST", "/users", "{broken", null);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(mongo.getCollection("users").countDocuments()).isZero();
    }

    /** Issue 14, defect 5: a request without a body is validated as {@code {}}, as 0.6 did: 422 naming the fields. */
    @Test
    void aMissingBodyIsValidatedAsAnEmptyOne() {
        for (String[] route : new String[][] {{"POST", "/users", "name"}, {"POST", "/users/auth", "email"},
                {"POST", "/users/forgot", "email"}, {"PUT", "/users/forgot/change", "token"}}) {
            Answer missing = call(route[0], route[1], null, null);
            assertThat(missing.status()).as(route[1] + " " + missing).isEqualTo(422);
            assertThat(missing.error()).isEqualTo("ValidatorError");
            assertThat(missing.json().path("err").path("errors").toString()).contains("\"" + route[2] + "\"");
        }
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        assertThat(call("PATCH", "/me", null, me.token()).status()).isEqualTo(422);
        assertThat(call("PATCH", "/users/auth/pass", null, me.token()).status()).isEqualTo(422);
        assertThat(mongo.getCollection("users").countDocuments()).isEqualTo(1);
    }

    @Test
    void aTakenEmailIsAConflictWhateverItsCase() {
        register("MaestroUsers", "maestro@maestrousers.com", "mytester");
        Answer again = call("POST", "/users", body("name", "Other", "email", "MAESTRO@maestrousers.com", "password", "other-pass1"), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("ConflictError");
        assertThat(again.json().path("err").path("errors").asString()).isEqualTo("User already exist");
    }

    @Test
    void listsActiveUsersInTheListEnvelopeWithExactFilters() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        register("Friend", "friend@maestrousers.com", "friend-pass1");
        Account leaving = account("Leaving", "leaving@maestrousers.com");
        assertThat(call("DELETE", "/me", null, leaving.token()).status()).isEqualTo(204);

        Answer all = get("/users", me.token());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("found").asLong()).isEqualTo(2);
        assertThat(all.json().path("current_page").asLong()).isEqualTo(1);
        JsonNode first = all.json().path("items").get(0);
        assertThat(first.path("_id").asString()).matches("[0-9a-f]{24}");
        assertThat(first.has("admin")).isTrue();
        assertThat(first.has("password")).isFalse();
        assertThat(first.path("_links").path("_self").path("href").asString()).startsWith("/users/");

        Answer filtered = get("/users?email=friend@maestrousers.com", me.token());
        assertThat(filtered.json().path("found").asLong()).isEqualTo(1);
        assertThat(filtered.json().path("items").get(0).path("name").asString()).isEqualTo("Friend");

        Answer paged = get("/users?limit=1&page=2", me.token());
        assertThat(paged.json().path("items")).hasSize(1);
        assertThat(paged.json().path("_links").has("prev")).isTrue();
        assertThat(get("/users?limit=1&page=40", me.token()).status()).isEqualTo(404);
        assertThat(get("/users?email%5B%24ne%5D=x", me.token()).status()).isEqualTo(400);
    }

    @Test
    void oneUserByIdAnd404ForUnknownDeletedOrMalformedIds() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        String friend = register("Friend", "friend@maestrousers.com", "friend-pass1");

        Answer found = get("/users/" + friend, me.token());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("email").asString()).isEqualTo("friend@maestrousers.com");
        assertThat(found.json().path("admin").asBoolean()).isFalse();
        assertThat(get("/users/0123456789abcdef01234567", me.token()).status()).isEqualTo(404);
        assertThat(get("/users/not-an-id", me.token()).error()).isEqualTo("NotFoundError");
    }

    @Test
    void autocompleteMatchesNamesLiterallyIgnoringCase() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        register("Dot.Name", "dot@maestrousers.com", "dotdot-pass");
        register("DotXName", "dotx@maestrousers.com", "dotdot-pass");

        Answer literal = get("/users/autocomplete?complete=dot.", me.token());
        assertThat(literal.status()).isEqualTo(200);
        assertThat(literal.json().path("found").asLong()).isEqualTo(1);
        assertThat(literal.json().path("items").get(0).path("name").asString()).isEqualTo("Dot.Name");
        assertThat(get("/users/autocomplete?complete=DOT", me.token()).json().path("found").asLong()).isEqualTo(2);
        assertThat(get("/users/autocomplete?complete=(", me.token()).json().path("found").asLong()).isZero();
        assertThat(get("/users/autocomplete", me.token()).status()).isEqualTo(422);
    }

    @Test
    void everyOtherRouteNeedsAValidUnexpiredSessionTokenWithAnId() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        assertThat(get("/users", null).status()).isEqualTo(401);
        assertThat(get("/me", "not.a.token").status()).isEqualTo(401);

        String tampered = me.token().substring(0, me.token().length() - 2)
                + (me.token().endsWith("AA") ? "BB" : "AA");
        assertThat(get("/me", tampered).status()).isEqualTo(401);

        Clock twoDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneOffset.UTC);
        String expired = new UserSessionTokens(SESSION_SECRET, Duration.ofHours(24), twoDaysAgo)
                .issue(new SessionUser(me.id(), "MaestroUsers", me.email(), null));
        assertThat(get("/me", expired).status()).isEqualTo(401);

        String withoutId = Jwts.builder().claim("knd", "SESSION").claim("name", "MaestroUsers")
                .issuedAt(new java.util.Date())
                .signWith(Keys.hmacShaKeyFor(SESSION_SECRET.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256).compact();
        assertThat(get("/me", withoutId).status()).isEqualTo(401);

        assertThat(get("/me", me.token()).status()).isEqualTo(200);
        assertThat(get("/users/forgot", null).json().isEmpty()).isTrue();
    }

    @Test
    void theFirstUserBecomesAdministratorAndOnlyTheFirst() {
        List<Answer> created = new ArrayList<>();
        for (String name : List.of("First", "Second", "Third")) {
            created.add(call("POST", "/users", body("name", name, "email", name.toLowerCase() + "@example.test",
                    "password", "secret-pass"), null));
        }
        assertThat(created).extracting(answer -> answer.json().path("admin").asBoolean()).containsExactly(true, false, false);
        assertThat(mongo.getCollection("users").countDocuments(new Document("admin", true))).isEqualTo(1);
    }
}
