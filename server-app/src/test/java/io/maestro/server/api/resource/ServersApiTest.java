package io.maestro.server.api.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    @Test
    void createAppliesDefaultsAndListsShowTheListProjection() {
        Reply created = api.post(user, "/servers", server("web-1"));

        assertThat(created.at("/status").asString()).isEqualTo("Active");
        assertThat(created.at("/services/0/status").asString()).isEqualTo("Active");
        assertThat(created.at("/os/version").asString()).isEqualTo("12");
        Reply list = api.get(user, "/servers");
        assertThat(list.at("/items/0/os/base").asString()).isEqualTo("Linux");
        assertThat(list.at("/items/0/os").has("version")).isFalse();
        assertThat(list.at("/items/0").has("cpu")).isFalse();
        // beyond 0.6's projection: the dashboard's provider column and home chart read it from the list
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
