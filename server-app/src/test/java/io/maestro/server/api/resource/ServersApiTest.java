package io.maestro.server.api.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What servers add to the generic contract: §2.13 rules, §2.2 aliases, list projection, tombstone, unique_id. */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class ServersApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    User user;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port, mongo);
        user = api.newUser("servers");
    }

    Map<String, Object> server(String name) {
        return Map.of("name", name, "os", Map.of("base", "Linux", "dist", "Debian", "version", "12"),
                "auth", List.of(Map.of("name", "root", "type", "PKI", "username", "admin-" + name)),
                "datacenters", Map.of("name", "dc-" + name, "region", "eu-west-1", "provider", "AWS"),
                "services", List.of(Map.of("name", "nginx")), "cpu", 2);
    }

    /** Issue 14, defect 1: one trailing slash is the same route (0.6's Express did so), and every link we emit works. */
    @Test
    void aTrailingSlashIsTheSameRouteAndEveryLinkOfAListAnswers() {
        for (int i = 0; i < 3; i++) {
            assertThat(api.post(user, i == 0 ? "/servers/" : "/servers", server("slash-" + i)).status()).isEqualTo(201);
        }
        Reply plain = api.get(user, "/servers?limit=2");
        Reply slashed = api.get(user, "/servers/?limit=2");
        assertThat(slashed.status()).as(slashed.raw()).isEqualTo(200);
        assertThat(slashed.at("/found").asLong()).isEqualTo(3).isEqualTo(plain.at("/found").asLong());
        String query = URLEncoder.encode("{\"name\":\"slash-1\"}", StandardCharsets.UTF_8);
        assertThat(api.get(user, "/servers/?query=" + query).at("/found").asLong()).isEqualTo(1);
        assertThat(api.get(user, "/servers/count/").at("/count").asLong()).isEqualTo(3);
        String id = plain.at("/items/0/_id").asString();
        assertThat(api.get(user, "/servers/" + id + "/").at("/_id").asString()).isEqualTo(id);
        assertThat(api.patch(user, "/servers/" + id + "/", Map.of("hostname", "patched")).status()).isEqualTo(202);

        List<String> hrefs = new ArrayList<>();
        plain.at("/_links").forEach(link -> hrefs.add(link.path("href").asString()));
        plain.at("/items").forEach(item -> item.path("_links").forEach(link -> hrefs.add(link.path("href").asString())));
        assertThat(hrefs).hasSizeGreaterThan(3).anyMatch(href -> href.contains("/?"));
        for (String href : hrefs) {
            Reply followed = api.get(user, href);
            assertThat(followed.status()).as(href + " " + followed.raw()).isEqualTo(200);
        }

        String team = api.post(user, "/teams", Map.of("name", "slash-" + user.name().substring(8, 14))).at("/_id").asString();
        assertThat(api.get(user, "/teams/" + team + "/servers/").status()).isEqualTo(200);
    }

    /**
     * Issue 14, item 7: nested entries follow 0.6's validators where a user types them ({@code storage[].root} is a
     * string, as 0.6's {@code "true"}), and take what discovery and the {@code /adminer} lists give where 0.6 was
     * stricter than its own data (compatibility.md D52: an auth type the seeded list offers, a numeric OS version).
     */
    @Test
    void nestedEntriesFollowMaestro06WhereUsersTypeThem() {
        Map<String, Object> booleanRoot = new LinkedHashMap<>(server("nested-bool"));
        booleanRoot.put("storage", List.of(Map.of("name", "sda", "size", 40, "root", true)));
        Reply refused = api.post(user, "/servers", booleanRoot);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.at("/err/errors/0/path").toString()).isEqualTo("[\"storage\",0,\"root\"]");
        assertThat(refused.at("/err/errors/0/type").asString()).isEqualTo("string.base");

        Map<String, Object> typed = new LinkedHashMap<>(server("nested-string"));
        typed.put("storage", List.of(Map.of("name", "sda", "size", 40, "root", "true", "mount", "/")));
        typed.put("auth", List.of(Map.of("name", "sso", "type", "SAML", "username", "ops")));
        typed.put("os", Map.of("base", "Linux", "version", 12));
        Reply created = api.post(user, "/servers", typed);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.at("/_id").asString();
        assertThat(api.get(user, "/servers/" + id).at("/storage/0/root").asString()).isEqualTo("true");

        Reply patched = api.patch(user, "/servers/" + id, Map.of("storage", List.of(Map.of("name", "sda", "mount",
                "/" + "m".repeat(100)))));
        assertThat(patched.status()).isEqualTo(422);
        assertThat(patched.at("/err/errors/0/type").asString()).isEqualTo("string.max");
    }

    /**
     * Issue 14, defect 4: 0.6 clients put entries naming no identity, {@code {"role": 3, "refs": "organization"}};
     * they are stored as 0.6 stored them and grant nothing; an admin entry without an id keeps nobody admin.
     */
    @Test
    void anAclEntryWithoutAnIdIsStoredAndGrantsNothing() {
        String id = api.post(user, "/servers", server("acl")).at("/_id").asString();
        User stranger = api.newUser("acl-stranger");
        Map<String, Object> owner = Map.of("_id", user.id(), "refs", "users", "role", 7);
        Map<String, Object> organization = Map.of("role", 3, "refs", "organization");

        Reply replaced = api.put(user, "/servers/" + id + "/roles", List.of(owner, organization));
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(201);
        assertThat(replaced.at("/items/1/_links").isMissingNode()).as("a link to nobody").isTrue();
        assertThat(api.get(user, "/servers/" + id).at("/roles/1/refs").asString()).isEqualTo("organization");
        assertThat(api.get(stranger, "/servers/" + id).status()).isEqualTo(404);
        assertThat(api.post(user, "/servers/" + id + "/roles", Map.of("role", 1, "refs", "organization")).status())
                .isEqualTo(201);

        Reply nobodyAdmin = api.put(user, "/servers/" + id + "/roles", List.of(Map.of("role", 7, "refs", "organization")));
        assertThat(nobodyAdmin.status()).as(nobodyAdmin.raw()).isEqualTo(409);
        Reply badRefs = api.put(user, "/servers/" + id + "/roles", List.of(owner, Map.of("role", 3, "refs", "planets")));
        assertThat(badRefs.status()).isEqualTo(422);
        assertThat(badRefs.at("/err/errors/0/path").toString()).isEqualTo("[1,\"refs\"]");
    }

    @Test
    void appliesTheServerRulesNamingTheField() {
        assertThat(path(api.post(user, "/servers", Map.of("name", "s", "cpu", 0)))).isEqualTo("[\"cpu\"]");
        assertThat(path(api.post(user, "/servers", Map.of("name", "s", "memory", 2048)))).isEqualTo("[\"memory\"]");
        assertThat(path(api.post(user, "/servers", Map.of("name", "s", "os", Map.of("colour", "red")))))
                .isEqualTo("[\"os\",\"colour\"]");
        assertThat(path(api.post(user, "/servers", Map.of("name", "s", "storage",
                List.of(Map.of("name", "sda"), Map.of("name", "sda")))))).isEqualTo("[\"storage\",1]");
        assertThat(path(api.post(user, "/servers", Map.of("name", "s", "services",
                List.of(Map.of("name", "x", "status", "Sleeping")))))).isEqualTo("[\"services\",0,\"status\"]");
        assertThat(path(api.post(user, "/servers", Map.of("name", "s", "applications", List.of(Map.of("name", "app"))))))
                .isEqualTo("[\"applications\",0,\"_id\"]");
        assertThat(path(api.post(user, "/servers", Map.of("name", "x".repeat(101))))).isEqualTo("[\"name\"]");
        assertThat(api.post(user, "/servers", Map.of("name", "s", "ipv4_private", "fe80::1", "unique_id", 42)).status())
                .isEqualTo(201);
    }

    /**
     * A creation and a replacement answer the record from what they wrote, without reading it back
     * ({@code ResourceStore.asRead}): what a read of it answers, numbers, dates and nested values included.
     */
    @Test
    void createAndReplaceAnswerWhatAReadOfTheRecordAnswers() {
        Map<String, Object> body = new LinkedHashMap<>(server("answered"));
        body.put("memory", 2.5);
        body.put("meta", Map.of("count", 12_345_678_901_234L, "ratio", 0.125, "flag", true, "none", List.of(),
                "nested", List.of(Map.of("depth", 2, "when", "2024-05-01T10:00:00.000Z"), 7, "text")));
        Reply created = api.post(user, "/servers", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.at("/_id").asString();
        assertThat(created.body()).isEqualTo(api.get(user, "/servers/" + id).body());

        body.put("hostname", "replaced");
        body.put("cpu", 4);
        Reply replaced = api.put(user, "/servers/" + id, body);
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(202);
        assertThat(replaced.at("/hostname").asString()).isEqualTo("replaced");
        assertThat(replaced.body()).isEqualTo(api.get(user, "/servers/" + id).body());
    }

    @Test
    void createAppliesDefaultsAndListsShowTheListProjection() {
        Reply created = api.post(user, "/servers", server("web-1"));

        assertThat(created.at("/status").asString()).isEqualTo("Active");
        assertThat(created.at("/services/0/status").asString()).isEqualTo("Active");
        assertThat(created.at("/os/version").asString()).isEqualTo("12");
        Reply list = api.get(user, "/servers");
        assertThat(list.at("/items/0/os/base").asString()).isEqualTo("Linux");
        assertThat(list.at("/items/0/os").has("version")).isFalse();
        // beyond 0.6's projection: the dashboard's provider column, home chart and cpu column read them from the list (D26)
        assertThat(list.at("/items/0/cpu").asInt()).isEqualTo(2);
        assertThat(list.at("/items/0/datacenters/provider").asString()).isEqualTo("AWS");
    }

    @Test
    void queryAliasesSearchTheNestedFields() {
        api.post(user, "/servers", server("web-1"));
        api.post(user, "/servers", server("db-2"));

        assertThat(found("{\"user\":\"ADMIN-DB\"}")).isEqualTo(1);
        assertThat(found("{\"ldatacenters\":\"dc-web\"}")).isEqualTo(1);
        assertThat(found("{\"datacenters\":\"dc-\"}")).isEqualTo(2);
        assertThat(found("{\"auth\":\"pki\"}")).isEqualTo(2);
        assertThat(found("{\"os\":\"linux\"}")).isEqualTo(2);
    }

    @Test
    void putMarksTheRecordForDiscoveryToRemergeButPatchDoesNot() {
        String id = api.post(user, "/servers", server("web-1")).at("/_id").asString();

        Reply patched = api.patch(user, "/servers/" + id, Map.of("checksum", "abc"));
        assertThat(patched.at("/checksum").asString()).isEqualTo("abc");
        Reply replaced = api.put(user, "/servers/" + id, Map.of("name", "web-1", "checksum", "abc"));
        assertThat(replaced.at("/checksum").asString()).isEqualTo("tombstone");
        assertThat(replaced.at("/status").asString()).isEqualTo("Active");
        assertThat(replaced.body().has("os")).isFalse();
    }

    @Test
    void uniqueIdIsUniqueButOptional() {
        String uniqueId = "i-" + new ObjectId();
        assertThat(api.post(user, "/servers", Map.of("name", "a", "unique_id", uniqueId)).status()).isEqualTo(201);
        Reply duplicate = api.post(user, "/servers", Map.of("name", "b", "unique_id", uniqueId));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.at("/err/name").asString()).isEqualTo("ConflictError");
        assertThat(api.post(user, "/servers", Map.of("name", "c")).status()).isEqualTo(201);
        assertThat(api.post(user, "/servers", Map.of("name", "d")).status()).isEqualTo(201);
    }

    @Test
    void patchingInAUniqueIdAnotherTenantHoldsIs409WithoutNamingThatTenant() {
        User other = api.newUser("holder");
        String uniqueId = "i-" + new ObjectId();
        String held = api.post(other, "/servers", Map.of("name", "holder-server", "unique_id", uniqueId)).at("/_id").asString();
        String mine = api.post(user, "/servers", Map.of("name", "mine", "unique_id", "i-" + new ObjectId())).at("/_id").asString();

        Reply patched = api.patch(user, "/servers/" + mine, Map.of("unique_id", uniqueId));
        Reply replaced = api.put(user, "/servers/" + mine, Map.of("name", "mine", "unique_id", uniqueId));

        assertThat(patched.status()).as(patched.raw()).isEqualTo(409);
        assertThat(patched.at("/err/name").asString()).isEqualTo("ConflictError");
        assertThat(patched.raw()).doesNotContain(other.id(), other.name(), other.email(), held, "holder-server", "E11000");
        assertThat(replaced.status()).isEqualTo(409);
        assertThat(api.get(user, "/servers/" + mine).at("/unique_id").asString()).isNotEqualTo(uniqueId);
    }

    @Test
    void collectionsGetTheAclAndUniqueIdIndexes() {
        List<Document> indexes = mongo.getCollection("servers").listIndexes().into(new ArrayList<>());

        assertThat(indexes).extracting(index -> index.getString("name")).contains("servers_active_role", "servers_unique_id");
        Document uniqueId = indexes.stream().filter(index -> "servers_unique_id".equals(index.getString("name"))).findFirst().orElseThrow();
        assertThat(uniqueId.getBoolean("unique")).isTrue();
        assertThat(mongo.getCollection("teams").listIndexes().into(new ArrayList<>()))
                .extracting(index -> index.getString("name")).contains("teams_active_role");
    }

    @Test
    void otherResourcesHaveNoAutocompleteAndUnknownRoutesAre404() {
        assertThat(api.get(user, "/servers/autocomplete?complete=a").status()).isEqualTo(404);
        assertThat(api.get(user, "/servers/" + new ObjectId() + "/nothing").status()).isEqualTo(404);
        assertThat(api.get(null, "/servers").status()).isEqualTo(401);
    }

    private int found(String query) {
        return api.get(user, "/servers?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).at("/found").asInt();
    }

    private static String path(Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(422);
        return reply.at("/err/errors/0/path").toString();
    }
}
