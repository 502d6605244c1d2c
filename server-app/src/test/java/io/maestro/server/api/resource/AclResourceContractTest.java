package io.maestro.server.api.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.RouteGroup;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The contract of an ACL'd resource (§2.2, §2.3, compatibility.md H1, H3, H6, S7), run over every fixture of
 * {@link ResourceFixtures}, on the personal routes and, where the resource has them, on the {@code /teams/:id} mirror.
 * Every test works with fresh users (and a fresh team), so lists only ever hold that test's records.
 */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class AclResourceContractTest {

    enum Scope { PERSONAL, TEAM }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    List<ResourceDefinition> definitions;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port, mongo);
    }

    static Stream<Arguments> cases() {
        return ResourceFixtures.all().stream().flatMap(fixture -> fixture.teamMirror()
                ? Stream.of(Arguments.of(fixture, Scope.PERSONAL), Arguments.of(fixture, Scope.TEAM))
                : Stream.of(Arguments.of(fixture, Scope.PERSONAL)));
    }

    static Stream<Arguments> teamCases() {
        return cases().filter(arguments -> arguments.get()[1] == Scope.TEAM);
    }

    /** Users with roles 1, 3 and 7 on one record (personally, or as team members), its owner, and a stranger. */
    record World(ResourceFixture fixture, Scope scope, User owner, User reader, User writer, User admin, User stranger,
            String base, String actingId) {
    }

    World world(ResourceFixture fixture, Scope scope) {
        User owner = api.newUser("owner");
        User reader = api.newUser("reader");
        User writer = api.newUser("writer");
        User admin = api.newUser("admin");
        User stranger = api.newUser("stranger");
        if (scope == Scope.PERSONAL) {
            return new World(fixture, scope, owner, reader, writer, admin, stranger, fixture.route(), owner.id());
        }
        Reply team = api.post(owner, "/teams", Map.of("name", "crew-" + owner.name().substring(6)));
        assertThat(team.status()).as(team.raw()).isEqualTo(201);
        String teamId = team.at("/_id").asString();
        grant(owner, "/teams/" + teamId + "/members", reader, 1);
        grant(owner, "/teams/" + teamId + "/members", writer, 3);
        grant(owner, "/teams/" + teamId + "/members", admin, 7);
        return new World(fixture, scope, owner, reader, writer, admin, stranger, "/teams/" + teamId + fixture.route(), teamId);
    }

    /** Gives reader, writer and admin their roles on the record (personal scope; in a team, team roles apply). */
    void shareWithRoles(World world, String id) {
        if (world.scope() == Scope.PERSONAL && !hasAclRoutes(world.fixture())) {
            // no ACL routes (flavors): the roles are set the way discovery sets them, in the store
            List<Document> entries = List.of(aclEntry(world.reader(), 1), aclEntry(world.writer(), 3), aclEntry(world.admin(), 7));
            mongo.getCollection(collectionOf(world.fixture())).updateOne(new Document("_id", new ObjectId(id)),
                    new Document("$push", new Document("roles", new Document("$each", entries))));
        } else if (world.scope() == Scope.PERSONAL) {
            String acl = world.base() + "/" + id + "/" + world.fixture().aclRoute();
            grant(world.owner(), acl, world.reader(), 1);
            grant(world.owner(), acl, world.writer(), 3);
            grant(world.owner(), acl, world.admin(), 7);
        }
    }

    static Document aclEntry(User user, int role) {
        return new Document("_id", new ObjectId(user.id())).append("refs", "users").append("role", role);
    }

    void grant(User by, String aclPath, User to, int role) {
        Reply granted = api.post(by, aclPath, Map.of("id", to.id(), "refs", "users", "role", String.valueOf(role)));
        assertThat(granted.status()).as(granted.raw()).isEqualTo(201);
    }

    Reply create(World world, String tag) {
        Reply created = api.post(world.owner(), world.base(), world.fixture().validCreate().apply(tag));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void createsWithOwnerAndAdminRoleThenReads(ResourceFixture fixture, Scope scope) {
        World world = world(fixture, scope);
        Map<String, Object> body = new HashMap<>(fixture.validCreate().apply("alpha"));
        body.put("thisFieldMustnApper", "dropped");
        body.put("active", false);

        Reply created = api.post(world.owner(), world.base(), body);

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.at("/_id").asString();
        assertThat(id).matches("[0-9a-f]{24}");
        assertThat(created.body().has("thisFieldMustnApper")).isFalse();
        assertThat(mongo.getCollection(collectionOf(fixture)).countDocuments(
                new Document("_id", new ObjectId(id)).append("active", true))).isEqualTo(1);
        assertThat(created.at("/owner/_id").asString()).isEqualTo(world.actingId());
        assertThat(created.at("/owner/refs").asString()).isEqualTo(scope == Scope.TEAM ? "teams" : "users");
        JsonNode acl = created.at("/" + fixture.aclRoute());
        assertThat(acl).hasSize(1);
        assertThat(acl.get(0).path("_id").asString()).isEqualTo(world.actingId());
        assertThat(acl.get(0).path("role").asInt()).isEqualTo(7);
        assertThat(acl.get(0).at("/_links/_self/href").asString())
                .isEqualTo("/" + (scope == Scope.TEAM ? "teams" : "users") + "/" + world.actingId());
        assertThat(created.at("/_links/_self/href").asString()).isEqualTo(world.base() + "/" + id);

        Reply read = api.get(world.owner(), world.base() + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.at("/" + fixture.labelField()).asString()).isEqualTo(body.get(fixture.labelField()));
        assertThat(read.at("/updated_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        Reply list = api.get(world.owner(), world.base());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.at("/found").asLong()).isEqualTo(1);
        assertThat(list.at("/items/0/_id").asString()).isEqualTo(id);
        assertThat(list.at("/items/0/_links/_self/href").asString()).isEqualTo(world.base() + "/" + id);
        assertThat(api.get(world.owner(), world.base() + "/count").at("/count").asLong()).isEqualTo(1);

        assertThat(api.get(world.owner(), world.base() + "/not-an-id").status()).isEqualTo(404);
        assertThat(api.get(world.owner(), world.base() + "/0123456789abcdef01234567").at("/err/errors").asString())
                .isEqualTo("Data not found");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void rejectsMissingRequiredAndInvalidFieldsNamingThem(ResourceFixture fixture, Scope scope) {
        World world = world(fixture, scope);
        Map<String, Object> missing = new HashMap<>(fixture.validCreate().apply("bravo"));
        missing.remove(fixture.requiredField());

        Reply withoutRequired = api.post(world.owner(), world.base(), missing);
        assertThat(withoutRequired.status()).isEqualTo(422);
        assertThat(withoutRequired.at("/err/name").asString()).isEqualTo("ValidatorError");
        assertThat(withoutRequired.at("/err/errors/0/path/0").asString()).isEqualTo(fixture.requiredField());
        assertThat(withoutRequired.at("/err/errors/0/type").asString()).isEqualTo("any.required");

        Reply invalid = api.post(world.owner(), world.base(), fixture.invalidBody());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.at("/err/errors/0/path/0").asString()).isEqualTo(fixture.invalidField());

        assertThat(api.post(world.owner(), world.base(), "[1,2]").status()).isEqualTo(422);
        assertThat(api.post(world.owner(), world.base(), "{broken").status()).isEqualTo(400);
        assertThat(api.get(world.owner(), world.base() + "/count").at("/count").asLong()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void patchSetsOnlyTheFieldsSent(ResourceFixture fixture, Scope scope) {
        World world = world(fixture, scope);
        Map<String, Object> body = fixture.validCreate().apply("charlie");
        String id = create(world, "charlie").at("/_id").asString();
        JsonNode before = api.get(world.owner(), world.base() + "/" + id).body();

        Reply patched = api.patch(world.owner(), world.base() + "/" + id, fixture.validPatch());

        assertThat(patched.status()).as(patched.raw()).isEqualTo(202);
        JsonNode after = api.get(world.owner(), world.base() + "/" + id).body();
        fixture.validPatch().forEach((key, value) ->
                assertThat(after.path(key)).as(key).isEqualTo(ApiClient.JSON.valueToTree(value)));
        body.keySet().stream().filter(key -> !fixture.validPatch().containsKey(key)).forEach(key ->
                assertThat(after.path(key)).as("unchanged " + key).isEqualTo(before.path(key)));
        assertThat(after.path("created_at")).isEqualTo(before.path("created_at"));
        assertThat(after.path(fixture.aclRoute())).isEqualTo(before.path(fixture.aclRoute()));

        Reply invalid = api.patch(world.owner(), world.base() + "/" + id,
                Map.of(fixture.invalidField(), fixture.invalidBody().get(fixture.invalidField())));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.at("/err/errors/0/path/0").asString()).isEqualTo(fixture.invalidField());
        // 0.6 answered an empty PATCH of a job 202 (H16); every other entity wants a writable field
        assertThat(api.patch(world.owner(), world.base() + "/" + id, Map.of("unknownOnly", 1)).status())
                .isEqualTo(definitionOf(fixture).emptyPatch() ? 202 : 422);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void putReplacesTheWritableFieldsAndKeepsOwnership(ResourceFixture fixture, Scope scope) {
        World world = world(fixture, scope);
        String id = create(world, "delta").at("/_id").asString();
        api.patch(world.owner(), world.base() + "/" + id, fixture.validPatch());
        JsonNode before = api.get(world.owner(), world.base() + "/" + id).body();
        Map<String, Object> replacement = fixture.validCreate().apply("echo");

        Reply replaced = api.put(world.owner(), world.base() + "/" + id, replacement);

        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(202);
        JsonNode after = api.get(world.owner(), world.base() + "/" + id).body();
        assertThat(after.path(fixture.labelField()).asString()).isEqualTo(replacement.get(fixture.labelField()));
        fixture.validPatch().keySet().forEach(key -> assertThat(after.path(key)).as("replaced " + key)
                .isEqualTo(replacement.containsKey(key) ? ApiClient.JSON.valueToTree(replacement.get(key)) : ApiClient.JSON.missingNode()));
        assertThat(after.path("owner")).isEqualTo(before.path("owner"));
        assertThat(after.path("created_at")).isEqualTo(before.path("created_at"));
        assertThat(after.path(fixture.aclRoute())).isEqualTo(before.path(fixture.aclRoute()));

        Map<String, Object> missing = new HashMap<>(replacement);
        missing.remove(fixture.requiredField());
        assertThat(api.put(world.owner(), world.base() + "/" + id, missing).status()).isEqualTo(422);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void deleteIsSoftThenTheRecordIsGone(ResourceFixture fixture, Scope scope) {
        World world = world(fixture, scope);
        String id = create(world, "foxtrot").at("/_id").asString();
        create(world, "golf");

        assertThat(api.delete(world.owner(), world.base() + "/" + id).status()).isEqualTo(204);

        Reply gone = api.get(world.owner(), world.base() + "/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.at("/err/name").asString()).isEqualTo("NotFoundError");
        assertThat(api.get(world.owner(), world.base()).at("/found").asLong()).isEqualTo(1);
        assertThat(api.get(world.owner(), world.base() + "/count").at("/count").asLong()).isEqualTo(1);
        assertThat(api.patch(world.owner(), world.base() + "/" + id, fixture.validPatch()).status()).isEqualTo(404);
        assertThat(api.delete(world.owner(), world.base() + "/" + id).status()).isEqualTo(404);
        assertThat(mongo.getCollection(collectionOf(fixture)).countDocuments(
                new Document("_id", new ObjectId(id)).append("active", false))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void readerWriterAdminAndStranger(ResourceFixture fixture, Scope scope) {
        World world = world(fixture, scope);
        String id = create(world, "hotel").at("/_id").asString();
        shareWithRoles(world, id);
        String record = world.base() + "/" + id;

        assertThat(api.get(world.reader(), record).status()).isEqualTo(200);
        assertThat(api.get(world.reader(), world.base()).at("/found").asLong()).isEqualTo(1);
        Reply readerPatch = api.patch(world.reader(), record, fixture.validPatch());
        assertThat(readerPatch.status()).isEqualTo(403);
        assertThat(readerPatch.at("/err/name").asString()).isEqualTo("PermissionError");
        assertThat(api.delete(world.reader(), record).status()).isEqualTo(403);

        assertThat(api.patch(world.writer(), record, fixture.validPatch()).status()).isEqualTo(202);
        assertThat(api.put(world.writer(), record, fixture.validCreate().apply("india")).status()).isEqualTo(202);
        assertThat(api.delete(world.writer(), record).status()).isEqualTo(403);
        assertThat(api.post(world.writer(), record + "/" + fixture.aclRoute(),
                Map.of("id", world.stranger().id(), "refs", "users", "role", 1)).status())
                .isEqualTo(!hasAclRoutes(fixture) ? 404 : scope == Scope.TEAM ? 201 : 403);

        User stranger = world.stranger();
        assertThat(api.get(stranger, record).status()).isEqualTo(404);
        assertThat(api.patch(stranger, record, fixture.validPatch()).status()).isEqualTo(404);
        assertThat(api.put(stranger, record, fixture.validCreate().apply("juliet")).status()).isEqualTo(404);
        assertThat(api.delete(stranger, record).status()).isEqualTo(404);
        assertThat(api.post(stranger, record + "/" + fixture.aclRoute(),
                Map.of("id", stranger.id(), "refs", "users", "role", 7)).status()).isEqualTo(404);
        if (scope == Scope.PERSONAL) {
            assertThat(api.get(stranger, world.base()).at("/found").asLong()).isZero();
        } else {
            assertThat(api.get(stranger, world.base()).status()).isEqualTo(404);
            assertThat(api.post(world.reader(), world.base(), fixture.validCreate().apply("kilo")).status()).isEqualTo(403);
            assertThat(api.post(world.writer(), world.base(), fixture.validCreate().apply("kilo")).status()).isEqualTo(201);
        }

        assertThat(api.delete(world.admin(), record).status()).isEqualTo(204);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void aclRoutesValidateAndNeverLoseTheLastAdmin(ResourceFixture fixture, Scope scope) {
        World world = world(fixture, scope);
        String id = create(world, "lima").at("/_id").asString();
        String acl = world.base() + "/" + id + "/" + fixture.aclRoute();
        User reader = world.reader();
        if (!hasAclRoutes(fixture)) {
            assertThat(api.post(world.owner(), acl, Map.of("id", reader.id(), "refs", "users", "role", 1)).status())
                    .isEqualTo(404);
            assertThat(api.put(world.owner(), acl + "/" + reader.id(), Map.of("refs", "users", "role", 1)).status())
                    .isEqualTo(404);
            assertThat(api.delete(world.owner(), acl + "/" + world.actingId()).status()).isEqualTo(404);
            return;
        }

        Reply added = api.post(world.owner(), acl, Map.of("id", reader.id(), "refs", "users", "role", "1",
                "name", reader.name()));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(added.at("/items")).hasSize(2);
        assertThat(added.at("/items/1/_id").asString()).isEqualTo(reader.id());
        assertThat(added.at("/items/1/role").isNumber()).isTrue();
        assertThat(added.at("/items/1/_links/_self/href").asString()).isEqualTo("/users/" + reader.id());
        assertThat(added.at("/_links/_parent/href").asString()).isEqualTo(world.base() + "/" + id);

        assertThat(api.post(world.owner(), acl, Map.of("id", reader.id(), "refs", "users", "role", 3)).status())
                .isEqualTo(409);
        assertThat(api.post(world.owner(), acl, Map.of("id", reader.id(), "refs", "users", "role", 5))
                .at("/err/errors/0/path/0").asString()).isEqualTo("role");
        assertThat(api.post(world.owner(), acl, Map.of("id", reader.id(), "refs", "robots", "role", 1))
                .at("/err/errors/0/path/0").asString()).isEqualTo("refs");
        assertThat(api.post(world.owner(), acl, Map.of("id", "not-hex", "refs", "users", "role", 1)).status())
                .isEqualTo(422);

        Reply changed = api.put(world.owner(), acl + "/" + reader.id(), Map.of("refs", "users", "role", 3));
        assertThat(changed.status()).isEqualTo(201);
        assertThat(changed.at("/items/1/role").asInt()).isEqualTo(3);

        List<Map<String, Object>> withoutAdmin = List.of(Map.of("_id", reader.id(), "refs", "users", "role", 3));
        assertThat(api.put(world.owner(), acl, withoutAdmin).status()).isEqualTo(409);
        Reply invalidArray = api.put(world.owner(), acl, List.of(Map.of("_id", reader.id(), "refs", "users", "role", 2)));
        assertThat(invalidArray.status()).isEqualTo(422);
        assertThat(invalidArray.at("/err/errors/0/path").toString()).isEqualTo("[0,\"role\"]");

        List<Object> whole = new ArrayList<>();
        api.get(world.owner(), world.base() + "/" + id).at("/" + fixture.aclRoute()).forEach(whole::add);
        whole.add(Map.of("_id", world.writer().id(), "refs", "users", "role", 3));
        Reply replaced = api.put(world.owner(), acl, whole);
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(201);
        assertThat(replaced.at("/items")).hasSize(3);

        assertThat(api.delete(world.owner(), acl + "/" + reader.id()).status()).isEqualTo(204);
        assertThat(api.get(world.owner(), world.base() + "/" + id).at("/" + fixture.aclRoute())).hasSize(2);
        assertThat(api.delete(world.owner(), acl + "/" + world.actingId()).status()).isEqualTo(409);
        assertThat(api.put(world.owner(), acl + "/" + world.actingId(), Map.of("refs", scope == Scope.TEAM ? "teams" : "users",
                "role", 1)).status()).isEqualTo(409);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void listsFilterPageAndSort(ResourceFixture fixture, Scope scope) {
        World world = world(fixture, scope);
        JsonNode bravo = null;
        for (String tag : List.of("charlie", "alpha", "bravo")) {
            JsonNode created = create(world, tag).body();
            if (tag.equals("bravo")) {
                bravo = created;
            }
        }
        String exact = bravo.path(fixture.filterField()).asString();

        Reply filtered = api.get(world.owner(), world.base() + "?" + fixture.filterField() + "=" + encode(exact));
        assertThat(filtered.at("/found").asLong()).isEqualTo(1);
        assertThat(filtered.at("/items/0/_id").asString()).isEqualTo(bravo.path("_id").asString());

        String searchBravo = encode("{\"" + fixture.labelField() + "\":\"BRAV\"}");
        Reply searched = api.get(world.owner(), world.base() + "?query=" + searchBravo);
        assertThat(searched.at("/found").asLong()).isEqualTo(1);
        assertThat(api.get(world.owner(), world.base() + "/count?query=" + searchBravo)
                .at("/count").asLong()).isEqualTo(1);
        if (fixture.aliasKey() != null) {
            String aliased = bravo.at(fixture.aliasPath()).asString();
            Reply viaAlias = api.get(world.owner(), world.base() + "?query="
                    + encode("{\"" + fixture.aliasKey() + "\":\"" + aliased.toUpperCase() + "\"}"));
            assertThat(viaAlias.at("/found").asLong()).isEqualTo(1);
        }

        Reply secondPage = api.get(world.owner(), world.base() + "?limit=1&page=2");
        assertThat(secondPage.status()).isEqualTo(200);
        assertThat(secondPage.at("/items")).hasSize(1);
        assertThat(secondPage.at("/total_pages").asLong()).isEqualTo(3);
        assertThat(secondPage.at("/current_page").asLong()).isEqualTo(2);
        assertThat(secondPage.at("/_links/prev/href").asString()).isEqualTo(world.base() + "/?page=1&limit=1");

        Reply pastTheEnd = api.get(world.owner(), world.base() + "?limit=1&page=40");
        assertThat(pastTheEnd.status()).isEqualTo(404);
        assertThat(pastTheEnd.at("/err/errors").asString()).isEqualTo("Data not found");

        Reply empty = api.get(world.owner(), world.base() + "?" + fixture.labelField() + "=nothing-has-this-name");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.at("/found").asLong()).isZero();

        assertThat(names(api.get(world.owner(), world.base() + "?orderBy=" + fixture.labelField() + "&ascending=1"), fixture))
                .containsExactly(nameOf(fixture, "alpha"), nameOf(fixture, "bravo"), nameOf(fixture, "charlie"));
        assertThat(names(api.get(world.owner(), world.base() + "?orderBy=" + fixture.labelField()), fixture))
                .containsExactly(nameOf(fixture, "charlie"), nameOf(fixture, "bravo"), nameOf(fixture, "alpha"));
        assertThat(api.get(world.owner(), world.base() + "?query=" + encode("{\"name\":{\"$ne\":1}}")).status())
                .isEqualTo(400);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("teamCases")
    void teamRecordsAreReachedOnlyThroughTheMirror(ResourceFixture fixture, Scope scope) {
        World world = world(fixture, scope);
        String id = create(world, "mike").at("/_id").asString();

        assertThat(api.get(world.owner(), fixture.route() + "/" + id).status()).isEqualTo(404);
        assertThat(api.get(world.owner(), fixture.route()).at("/found").asLong()).isZero();
        assertThat(api.get(world.reader(), world.base() + "/" + id).status()).isEqualTo(200);
        assertThat(api.get(world.reader(), fixture.route() + "/" + id).status()).isEqualTo(404);
        assertThat(api.get(world.owner(), "/teams/not-a-team" + fixture.route()).status()).isEqualTo(404);
    }

    private static List<String> names(Reply list, ResourceFixture fixture) {
        List<String> names = new ArrayList<>();
        list.at("/items").forEach(item -> names.add(item.path(fixture.labelField()).asString()));
        return names;
    }

    private static String nameOf(ResourceFixture fixture, String tag) {
        return String.valueOf(fixture.validCreate().apply(tag).get(fixture.labelField()));
    }

    private String collectionOf(ResourceFixture fixture) {
        return definitionOf(fixture).collection();
    }

    private boolean hasAclRoutes(ResourceFixture fixture) {
        return definitionOf(fixture).has(RouteGroup.ACL);
    }

    private ResourceDefinition definitionOf(ResourceFixture fixture) {
        return definitions.stream().filter(definition -> definition.route().equals(fixture.route())).findFirst()
                .orElseThrow();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
