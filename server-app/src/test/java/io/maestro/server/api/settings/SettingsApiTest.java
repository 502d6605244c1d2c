package io.maestro.server.api.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** {@code /adminer}, {@code /services} and {@code /flavors_public} (§2.7, §2.6, compatibility.md S6): no ACL, admin writes. */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class SettingsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    User user;
    User admin;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port, mongo);
        user = api.newUser("reader");
        admin = api.newUser("admin");
        mongo.getCollection("users").updateOne(new Document("_id", new ObjectId(admin.id())),
                new Document("$set", new Document("admin", true)));
    }

    @Test
    void anySignedInUserReadsTheSeededSettingsAndFiltersThemByKey() {
        Reply all = api.get(user, "/adminer?limit=100");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.at("/found").asLong()).isGreaterThanOrEqualTo(14);

        Reply serverOptions = api.get(user, "/adminer?key=server_options");
        assertThat(serverOptions.at("/found").asLong()).isEqualTo(1);
        assertThat(serverOptions.at("/items/0/value/os").toString()).contains("Linux");
        String id = serverOptions.at("/items/0/_id").asString();
        assertThat(serverOptions.at("/items/0/_links/_self/href").asString()).isEqualTo("/adminer/" + id);

        Reply one = api.get(user, "/adminer/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.at("/key").asString()).isEqualTo("server_options");
        assertThat(api.get(user, "/adminer/" + new ObjectId()).status()).isEqualTo(404);
        assertThat(api.get(user, "/adminer/not-an-id").status()).isEqualTo(404);
        assertThat(api.get(null, "/adminer").status()).isEqualTo(401);
    }

    @Test
    void teamMembersReadTheCataloguesUnderTheTeamAndOthersDoNot() {
        Reply team = api.post(admin, "/teams", Map.of("name", "crew-" + admin.name().substring(6)));
        String teamId = team.at("/_id").asString();
        assertThat(api.post(admin, "/teams/" + teamId + "/members",
                Map.of("id", user.id(), "refs", "users", "role", "1")).status()).isEqualTo(201);
        String base = "/teams/" + teamId;
        String adminerId = api.get(user, "/adminer?key=server_options").at("/items/0/_id").asString();
        String flavorId = api.get(user, "/flavors_public?limit=1").at("/items/0/_id").asString();
        Reply service = api.post(admin, "/services", Map.of("name", "Team Catalogue Check", "family", List.of("Database")));
        String serviceId = service.at("/_id").asString();

        Reply adminer = api.get(user, base + "/adminer?key=server_options");
        assertThat(adminer.status()).isEqualTo(200);
        assertThat(adminer.at("/items/0/_id").asString()).isEqualTo(adminerId);
        assertThat(api.get(user, base + "/adminer/" + adminerId).at("/key").asString()).isEqualTo("server_options");
        assertThat(api.get(user, base + "/flavors_public?limit=1").at("/items/0/_id").asString()).isEqualTo(flavorId);
        assertThat(api.get(user, base + "/flavors_public/count").at("/count").asLong())
                .isEqualTo(api.get(user, "/flavors_public/count").at("/count").asLong());
        assertThat(api.get(user, base + "/flavors_public/" + flavorId).at("/_id").asString()).isEqualTo(flavorId);
        assertThat(api.get(user, base + "/services?name=Team Catalogue Check".replace(" ", "%20")).at("/found").asLong()).isEqualTo(1);
        assertThat(api.get(user, base + "/services/count").status()).isEqualTo(200);
        assertThat(api.get(user, base + "/services/" + serviceId).at("/name").asString()).isEqualTo("Team Catalogue Check");

        User outsider = api.newUser("outsider");
        for (String path : List.of("/adminer", "/adminer/" + adminerId, "/flavors_public", "/flavors_public/count",
                "/flavors_public/" + flavorId, "/services", "/services/count", "/services/" + serviceId)) {
            assertThat(api.get(outsider, base + path).status()).as(path).isEqualTo(404);
        }
        assertThat(api.get(user, "/teams/" + new ObjectId() + "/adminer").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsPatchSettingsAndAdminerHasNoOtherWrites() {
        String id = api.get(user, "/adminer?key=ia_options").at("/items/0/_id").asString();

        Reply refused = api.patch(user, "/adminer/" + id, Map.of("value", Map.of("ia_type", List.of("bot"))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.at("/err/name").asString()).isEqualTo("PermissionError");

        Reply invalid = api.patch(admin, "/adminer/" + id, Map.of("key", "k".repeat(36)));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.at("/err/errors/0/path/0").asString()).isEqualTo("key");

        Map<String, Object> value = Map.of("ia_type", List.of("bot", "translate", "recognition", "vision"));
        Reply patched = api.patch(admin, "/adminer/" + id, Map.of("value", value, "owner", "dropped"));
        assertThat(patched.status()).as(patched.raw()).isEqualTo(202);
        assertThat(patched.at("/value/ia_type")).hasSize(4);
        assertThat(patched.at("/key").asString()).isEqualTo("ia_options");
        assertThat(patched.body().has("owner")).isFalse();

        assertThat(api.post(admin, "/adminer", Map.of("key", "new", "value", 1)).status()).isIn(404, 405);
        assertThat(api.put(admin, "/adminer/" + id, Map.of("key", "ia_options", "value", 1)).status()).isIn(404, 405);
        assertThat(api.delete(admin, "/adminer/" + id).status()).isIn(404, 405);
    }

    @Test
    void servicesAreReadByAnyoneAndWrittenByAdministrators() {
        assertThat(api.get(user, "/services/count").at("/count").asLong()).isGreaterThan(100);
        assertThat(api.get(user, "/services?name=Redis").at("/found").asLong()).isEqualTo(1);

        Map<String, Object> service = Map.of("name", "Maestro Cache", "family", List.of("Cache"),
                "tags", List.of("cache", "memory"), "owner", false);
        Reply refused = api.post(user, "/services", service);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.at("/err/name").asString()).isEqualTo("PermissionError");

        Reply created = api.post(admin, "/services", service);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.at("/_id").asString();
        assertThat(created.at("/_links/_self/href").asString()).isEqualTo("/services/" + id);
        assertThat(api.get(user, "/services/" + id).at("/name").asString()).isEqualTo("Maestro Cache");

        assertThat(api.patch(user, "/services/" + id, Map.of("owner", true)).status()).isEqualTo(403);
        Reply patched = api.patch(admin, "/services/" + id, Map.of("owner", true));
        assertThat(patched.status()).isEqualTo(202);
        assertThat(patched.at("/owner").asBoolean()).isTrue();
        assertThat(patched.at("/family/0").asString()).isEqualTo("Cache");

        assertThat(api.put(user, "/services/" + id, service).status()).isEqualTo(403);
        Reply replaced = api.put(admin, "/services/" + id, Map.of("name", "Maestro Cache 2", "family", List.of("Cache")));
        assertThat(replaced.status()).isEqualTo(202);
        assertThat(replaced.body().has("tags")).isFalse();

        assertThat(api.delete(user, "/services/" + id).status()).isEqualTo(403);
        assertThat(api.delete(admin, "/services/" + id).status()).isEqualTo(204);
        assertThat(api.get(user, "/services/" + id).status()).isEqualTo(404);
    }

    @Test
    void serviceRulesNameTheField() {
        assertThat(path(api.post(admin, "/services", Map.of("family", List.of("Cache"))))).isEqualTo("[\"name\"]");
        assertThat(path(api.post(admin, "/services", Map.of("name", "x")))).isEqualTo("[\"family\"]");
        assertThat(path(api.post(admin, "/services", Map.of("name", "x".repeat(181), "family", List.of()))))
                .isEqualTo("[\"name\"]");
        assertThat(path(api.post(admin, "/services", Map.of("name", "x", "family", "Cache")))).isEqualTo("[\"family\"]");
        assertThat(path(api.post(admin, "/services", Map.of("name", "x", "family", List.of(),
                "tags", List.of("ok", "t".repeat(33)))))).isEqualTo("[\"tags\",1]");
        assertThat(path(api.post(admin, "/services", Map.of("name", "x", "family", List.of(), "owner", "maybe"))))
                .isEqualTo("[\"owner\"]");
    }

    @Test
    void publicFlavorsAreSeededAndReadOnlyWithoutAcl() {
        Reply aws = api.get(user, "/flavors_public?provider=AWS&limit=5");
        assertThat(aws.status()).isEqualTo(200);
        assertThat(aws.at("/found").asLong()).isGreaterThan(100);
        assertThat(aws.at("/items")).hasSize(5);
        String id = aws.at("/items/0/_id").asString();
        assertThat(aws.at("/items/0/_links/_self/href").asString()).isEqualTo("/flavors_public/" + id);
        assertThat(api.get(user, "/flavors_public/count?provider=RDS").at("/count").asLong()).isGreaterThan(10);

        User stranger = api.newUser("stranger");
        Reply one = api.get(stranger, "/flavors_public/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.at("/api_name").asString()).isNotEmpty();
        assertThat(one.body().has("roles")).isFalse();
        assertThat(api.get(null, "/flavors_public").status()).isEqualTo(401);

        assertThat(api.post(admin, "/flavors_public", Map.of("name", "x")).status()).isIn(404, 405);
        assertThat(api.patch(admin, "/flavors_public/" + id, Map.of("name", "x")).status()).isIn(404, 405);
        assertThat(api.delete(admin, "/flavors_public/" + id).status()).isIn(404, 405);
        assertThat(api.post(admin, "/flavors_public/" + id + "/roles", Map.of("id", admin.id())).status()).isIn(404, 405);
    }

    private static String path(Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(422);
        return reply.at("/err/errors/0/path").toString();
    }
}
