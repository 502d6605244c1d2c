package io.maestro.server.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.server.api.relation.Inventory.Grant;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** §2.6 application dependencies: add, update (H5), remove, the dependency maker; S7 write access on everything changed. */
class DependenciesApiTest extends InventoryApiTest {

    @Override
    String userPrefix() {
        return "deps";
    }

    String app(String name, Grant... grants) {
        return inventory.insert("applications", new Document("name", name).append("family", "Application"), grants);
    }

    static Map<String, Object> dependency(String id, String name, String family) {
        return Map.of("_id", id, "name", name, "family", family);
    }

    @Test
    void addsADependencyOnceAnswering201WithTheDeps() {
        String app = app("shop", Grant.user(user, 3));
        String db = app("shop-db", Grant.user(user, 7));
        Map<String, Object> body = new HashMap<>(dependency(db, "shop-db", "Database"));
        body.put("endpoint", "tcp://db:5432");
        body.put("thisFieldMustnApper", 1);

        Reply added = api.post(user, "/applications/" + app + "/deps", body);

        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        assertThat(added.at("/items/0/_id").asString()).isEqualTo(db);
        assertThat(added.at("/items/0/endpoint").asString()).isEqualTo("tcp://db:5432");
        assertThat(added.at("/_links/_parent/href").asString()).isEqualTo("/applications/" + app);
        assertThat(inventory.array("applications", app, "deps")).containsExactly(new Document("_id", new ObjectId(db))
                .append("name", "shop-db").append("family", "Database").append("endpoint", "tcp://db:5432"));

        Reply again = api.post(user, "/applications/" + app + "/deps", dependency(db, "renamed", "Cache"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(inventory.array("applications", app, "deps")).extracting(dep -> dep.getString("name"))
                .containsExactly("shop-db");
    }

    @Test
    void putUpdatesTheDependency() {
        String app = app("shop", Grant.user(user, 7));
        String db = new ObjectId().toHexString();
        String cache = new ObjectId().toHexString();
        api.post(user, "/applications/" + app + "/deps", dependency(db, "shop-db", "Database"));
        api.post(user, "/applications/" + app + "/deps", dependency(cache, "shop-cache", "Cache"));

        Reply updated = api.put(user, "/applications/" + app + "/deps/" + db,
                Map.of("_id", cache, "name", "shop-db-v2", "family", "Database", "environment", "Production"));

        assertThat(updated.status()).as(updated.raw()).isEqualTo(201);
        assertThat(inventory.array("applications", app, "deps")).containsExactly(
                new Document("_id", new ObjectId(db)).append("name", "shop-db-v2").append("family", "Database")
                        .append("environment", "Production"),
                new Document("_id", new ObjectId(cache)).append("name", "shop-cache").append("family", "Cache"));
        assertThat(api.put(user, "/applications/" + app + "/deps/" + new ObjectId(), dependency(db, "x", "Cache")).status())
                .isEqualTo(404);
        Reply invalid = api.put(user, "/applications/" + app + "/deps/" + db, Map.of("name", "shop-db"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.at("/err/errors/0/path").toString()).isEqualTo("[\"family\"]");
        assertThat(inventory.array("applications", app, "deps")).hasSize(2);
    }

    @Test
    void deleteRemovesTheDependency() {
        String app = app("shop", Grant.user(user, 3));
        String db = new ObjectId().toHexString();
        api.post(user, "/applications/" + app + "/deps", dependency(db, "shop-db", "Database"));

        assertThat(api.delete(user, "/applications/" + app + "/deps/" + db).status()).isEqualTo(204);
        assertThat(api.delete(user, "/applications/" + app + "/deps/" + db).status()).isEqualTo(204);

        assertThat(inventory.array("applications", app, "deps")).isEmpty();
    }

    @Test
    void dependencyBodiesAreValidatedNamingTheField() {
        String app = app("shop", Grant.user(user, 7));
        String path = "/applications/" + app + "/deps";

        Reply missing = api.post(user, path, Map.of());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.at("/err/errors").toString()).contains("[\"_id\"]").contains("[\"name\"]").contains("[\"family\"]");
        assertThat(api.post(user, path, dependency("nope", "db", "Database")).at("/err/errors/0/type").asString())
                .isEqualTo("string.hex");
        assertThat(api.post(user, path, dependency(app, "db", "Spreadsheet")).at("/err/errors/0/type").asString())
                .isEqualTo("any.allowOnly");
        assertThat(api.post(user, path, List.of()).at("/err/errors/0/type").asString()).isEqualTo("object.base");
        assertThat(inventory.array("applications", app, "deps")).isEmpty();
    }

    @Test
    void changingDependenciesNeedsWriteAccessOnTheApplication() {
        User owner = api.newUser("owner");
        String app = app("shop", Grant.user(owner, 7), Grant.user(user, 1));
        String db = new ObjectId().toHexString();
        api.post(owner, "/applications/" + app + "/deps", dependency(db, "shop-db", "Database"));

        assertThat(api.post(user, "/applications/" + app + "/deps", dependency(app, "x", "Cache")).status()).isEqualTo(403);
        assertThat(api.put(user, "/applications/" + app + "/deps/" + db, dependency(db, "x", "Cache")).status()).isEqualTo(403);
        assertThat(api.delete(user, "/applications/" + app + "/deps/" + db).status()).isEqualTo(403);
        assertThat(api.delete(api.newUser("stranger"), "/applications/" + app + "/deps/" + db).status()).isEqualTo(404);
        assertThat(api.post(user, "/applications/" + new ObjectId() + "/deps", dependency(db, "x", "Cache")).status())
                .isEqualTo(404);
        assertThat(inventory.array("applications", app, "deps")).extracting(dep -> dep.getString("name"))
                .containsExactly("shop-db");
    }

    @Test
    void theDependencyMakerSetsDepsAndTheSystemsEntry() {
        String front = app("front", Grant.user(user, 7));
        String api1 = app("api", Grant.user(user, 3));
        String db = app("db", Grant.user(user, 3));
        String system = inventory.insert("systems", new Document("name", "shop"), Grant.user(user, 3));
        Map<String, Object> tree = Map.of(
                "root", List.of(dependency(front, "front", "Application")),
                front, List.of(dependency(api1, "api", "Application")),
                api1, List.of(dependency(db, "db", "Database")));

        Reply made = api.post(user, "/applications/deps",
                Map.of("tree", tree, "systems", List.of(Map.of("_id", system, "name", "shop"))));

        assertThat(made.status()).as(made.raw()).isEqualTo(201);
        assertThat(made.at("/matched").asLong()).isEqualTo(3);
        assertThat(made.at("/modified").asLong()).isEqualTo(3);
        assertThat(inventory.array("systems", system, "entry")).containsExactly(
                new Document("_id", new ObjectId(front)).append("name", "front").append("family", "Application"));
        assertThat(inventory.array("applications", front, "deps")).extracting(dep -> dep.getObjectId("_id"))
                .containsExactly(new ObjectId(api1));
        assertThat(inventory.array("applications", api1, "deps")).extracting(dep -> dep.getString("family"))
                .containsExactly("Database");
        assertThat(inventory.array("applications", db, "deps")).isEmpty();

        Reply withoutSystems = api.post(user, "/applications/deps", Map.of("tree", Map.of(front, List.of())));
        assertThat(withoutSystems.status()).isEqualTo(201);
        assertThat(withoutSystems.at("/matched").asLong()).isEqualTo(1);
        assertThat(inventory.array("applications", front, "deps")).isEmpty();
        assertThat(inventory.array("systems", system, "entry")).hasSize(1);
    }

    @Test
    void theDependencyMakerChangesNothingUnlessEverythingIsWritable() {
        User owner = api.newUser("owner");
        String front = app("front", Grant.user(user, 7));
        String readOnly = app("api", Grant.user(owner, 7), Grant.user(user, 1));
        String system = inventory.insert("systems", new Document("name", "shop"), Grant.user(user, 7));
        String readOnlySystem = inventory.insert("systems", new Document("name", "ro"), Grant.user(owner, 7), Grant.user(user, 1));
        List<Map<String, Object>> root = List.of(dependency(front, "front", "Application"));

        Reply refused = api.post(user, "/applications/deps", Map.of("tree",
                Map.of("root", root, front, List.of(dependency(readOnly, "api", "Application")), readOnly, List.of()),
                "systems", List.of(Map.of("_id", system))));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.at("/err/errors").asString()).contains(readOnly);

        Reply refusedSystem = api.post(user, "/applications/deps", Map.of("tree", Map.of("root", root, front, List.of()),
                "systems", List.of(Map.of("_id", system), Map.of("_id", readOnlySystem))));
        assertThat(refusedSystem.status()).isEqualTo(403);
        assertThat(refusedSystem.at("/err/errors").asString()).contains(readOnlySystem).doesNotContain(system);

        Reply unknown = api.post(user, "/applications/deps", Map.of("tree", Map.of(front, root, new ObjectId().toHexString(), root)));
        assertThat(unknown.status()).isEqualTo(404);

        assertThat(inventory.array("applications", front, "deps")).isEmpty();
        assertThat(inventory.array("systems", system, "entry")).isEmpty();
    }

    @Test
    void theDependencyMakerValidatesNamingTheField() {
        String front = app("front", Grant.user(user, 7));
        String system = new ObjectId().toHexString();

        assertThat(errors(Map.of())).contains("[\"tree\"]").contains("any.required");
        assertThat(errors(Map.of("tree", List.of()))).contains("object.base");
        assertThat(errors(Map.of("tree", Map.of("front-app", List.of())))).contains("[\"tree\",\"front-app\"]");
        assertThat(errors(Map.of("tree", Map.of(front, Map.of())))).contains("array.base");
        assertThat(errors(Map.of("tree", Map.of(front, List.of(dependency(front, "front", "Nope"))))))
                .contains("[\"tree\",\"" + front + "\",0,\"family\"]");
        assertThat(errors(Map.of("tree", Map.of(front, List.of(Map.of("_id", front, "name", "f", "family", "CDN", "x", 1))))))
                .contains("object.allowUnknown");
        assertThat(errors(Map.of("tree", Map.of(), "systems", List.of(Map.of("_id", system), Map.of("_id", system),
                Map.of("_id", system), Map.of("_id", system))))).contains("array.max");
        assertThat(errors(Map.of("tree", Map.of(), "systems", List.of(Map.of("name", "s"))))).contains("[\"systems\",0,\"_id\"]");
        assertThat(inventory.array("applications", front, "deps")).isEmpty();
    }

    String errors(Object body) {
        Reply reply = api.post(user, "/applications/deps", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(422);
        return reply.at("/err/errors").toString();
    }

    @Test
    void teamMirrorsRunAsTheTeam() {
        User writer = api.newUser("writer");
        User reader = api.newUser("reader");
        String team = inventory.team(user, Map.of(writer, 3, reader, 1));
        String app = app("shop", Grant.team(team, 3));
        String system = inventory.insert("systems", new Document("name", "shop"), Grant.team(team, 3));
        String db = new ObjectId().toHexString();
        String base = "/teams/" + team + "/applications";

        assertThat(api.post(writer, base + "/" + app + "/deps", dependency(db, "db", "Database")).status()).isEqualTo(201);
        assertThat(api.put(writer, base + "/" + app + "/deps/" + db, Map.of("name", "db-2", "family", "Database")).status())
                .isEqualTo(201);
        assertThat(inventory.array("applications", app, "deps")).extracting(dep -> dep.getString("name")).containsExactly("db-2");
        assertThat(api.delete(reader, base + "/" + app + "/deps/" + db).status()).as("team role 1").isEqualTo(403);
        assertThat(api.delete(writer, "/applications/" + app + "/deps/" + db).status()).as("personal route").isEqualTo(404);
        assertThat(api.delete(writer, base + "/" + app + "/deps/" + db).status()).isEqualTo(204);

        Reply made = api.post(writer, base + "/deps", Map.of("tree",
                Map.of("root", List.of(dependency(app, "shop", "Application")), app, List.of(dependency(db, "db", "Database"))),
                "systems", List.of(Map.of("_id", system))));
        assertThat(made.status()).as(made.raw()).isEqualTo(201);
        assertThat(inventory.array("systems", system, "entry")).hasSize(1);
        assertThat(inventory.array("applications", app, "deps")).hasSize(1);
        assertThat(api.post(reader, base + "/deps", Map.of("tree", Map.of())).status()).isEqualTo(403);
        assertThat(api.post(api.newUser("outsider"), base + "/deps", Map.of("tree", Map.of())).status()).isEqualTo(404);
    }
}
