package io.maestro.server.api.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.server.api.relation.Inventory.Grant;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** §2.6 relations: applications ↔ servers, systems ↔ applications, clients ↔ systems; S7 write access on every side. */
class RelationsApiTest extends InventoryApiTest {

    @Override
    String userPrefix() {
        return "relations";
    }

    String app(String name, Grant... grants) {
        return inventory.insert("applications", new Document("name", name).append("family", "Database"), grants);
    }

    String server(String name, Grant... grants) {
        return inventory.insert("servers", new Document("name", name), grants);
    }

    Reply unlink(User by, String path, Object body) {
        return api.call("DELETE", path, by, body);
    }

    @Test
    void linkingPutsTheApplicationIntoEachServerAndUnlinkingPullsIt() {
        String app = app("orders-db", Grant.user(user, 7));
        String web = server("web-1", Grant.user(user, 3));
        String worker = server("worker-1", Grant.user(user, 7));

        Reply linked = api.patch(user, "/applications/" + app + "/servers", Map.of("id", List.of(web, worker)));

        assertThat(linked.status()).as(linked.raw()).isEqualTo(202);
        assertThat(linked.at("/matched").asLong()).isEqualTo(2);
        assertThat(linked.at("/modified").asLong()).isEqualTo(2);
        assertThat(inventory.array("servers", web, "applications")).containsExactly(
                new Document("_id", new ObjectId(app)).append("name", "orders-db").append("family", "Database"));
        assertThat(inventory.array("servers", worker, "applications")).hasSize(1);

        Reply unlinked = unlink(user, "/applications/" + app + "/servers", Map.of("id", List.of(web)));

        assertThat(unlinked.status()).as(unlinked.raw()).isEqualTo(204);
        assertThat(inventory.array("servers", web, "applications")).isEmpty();
        assertThat(inventory.array("servers", worker, "applications")).hasSize(1);
    }

    @Test
    void linkingAgainRefreshesTheCopyInsteadOfAddingASecond() {
        String app = app("billing", Grant.user(user, 7));
        String web = server("web-1", Grant.user(user, 7));
        String other = app("other", Grant.user(user, 7));
        api.patch(user, "/applications/" + other + "/servers", Map.of("id", List.of(web)));
        api.patch(user, "/applications/" + app + "/servers", Map.of("id", List.of(web)));
        mongo.getCollection("applications").updateOne(new Document("_id", new ObjectId(app)),
                new Document("$set", new Document("name", "billing-v2")));

        assertThat(api.patch(user, "/applications/" + app + "/servers", Map.of("id", List.of(web, web))).status())
                .isEqualTo(202);

        assertThat(inventory.array("servers", web, "applications")).extracting(copy -> copy.getString("name"))
                .containsExactly("other", "billing-v2");
    }

    @Test
    void unlinkingAlsoPullsCopiesWhoseIdIsAString() {
        String app = app("legacy", Grant.user(user, 7));
        String web = inventory.insert("servers", new Document("name", "web-1")
                .append("applications", List.of(new Document("_id", app).append("name", "legacy"))), Grant.user(user, 7));

        assertThat(unlink(user, "/applications/" + app + "/servers", Map.of("id", List.of(web))).status()).isEqualTo(204);

        assertThat(inventory.array("servers", web, "applications")).isEmpty();
    }

    @Test
    void systemsAreLinkedToApplicationsAndClientsToSystems() {
        String system = inventory.insert("systems", new Document("name", "payments"), Grant.user(user, 3));
        String app = app("gateway", Grant.user(user, 3));
        String client = inventory.insert("clients", new Document("name", "acme"), Grant.user(user, 3));

        assertThat(api.patch(user, "/system/" + system + "/applications", Map.of("id", List.of(app))).status()).isEqualTo(202);
        assertThat(api.patch(user, "/clients/" + client + "/system", Map.of("id", List.of(system))).status()).isEqualTo(202);

        assertThat(inventory.array("applications", app, "system"))
                .containsExactly(new Document("_id", new ObjectId(system)).append("name", "payments"));
        assertThat(inventory.array("systems", system, "clients"))
                .containsExactly(new Document("_id", new ObjectId(client)).append("name", "acme"));

        assertThat(unlink(user, "/system/" + system + "/applications", Map.of("id", List.of(app))).status()).isEqualTo(204);
        assertThat(unlink(user, "/clients/" + client + "/system", Map.of("id", List.of(system))).status()).isEqualTo(204);
        assertThat(inventory.array("applications", app, "system")).isEmpty();
        assertThat(inventory.array("systems", system, "clients")).isEmpty();
    }

    @Test
    void aTargetTheCallerOnlyReadsRefusesTheWholeRequestNamingIt() {
        User owner = api.newUser("owner");
        String app = app("orders-db", Grant.user(user, 7));
        String writable = server("web-1", Grant.user(user, 3));
        String readOnly = server("web-2", Grant.user(owner, 7), Grant.user(user, 1));

        Reply refused = api.patch(user, "/applications/" + app + "/servers", Map.of("id", List.of(writable, readOnly)));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.at("/err/name").asString()).isEqualTo("PermissionError");
        assertThat(refused.at("/err/errors").asString()).contains(readOnly).doesNotContain(writable);
        assertThat(inventory.array("servers", writable, "applications")).isEmpty();
        assertThat(inventory.array("servers", readOnly, "applications")).isEmpty();

        mongo.getCollection("servers").updateOne(new Document("_id", new ObjectId(readOnly)), new Document("$set",
                new Document("applications", List.of(new Document("_id", new ObjectId(app)).append("name", "orders-db")))));
        assertThat(unlink(user, "/applications/" + app + "/servers", Map.of("id", List.of(readOnly))).status()).isEqualTo(403);
        assertThat(inventory.array("servers", readOnly, "applications")).hasSize(1);
    }

    @Test
    void theSourceNeedsWriteAccessToo() {
        User owner = api.newUser("owner");
        String app = app("orders-db", Grant.user(owner, 7), Grant.user(user, 1));
        String web = server("web-1", Grant.user(user, 7));

        Reply refused = api.patch(user, "/applications/" + app + "/servers", Map.of("id", List.of(web)));

        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(inventory.array("servers", web, "applications")).isEmpty();
        assertThat(api.patch(owner, "/applications/" + app + "/servers", Map.of("id", List.of(web))).status())
                .as("the owner cannot read the server").isEqualTo(404);
    }

    @Test
    void unknownUnreadableAndDeletedRecordsAre404() {
        User stranger = api.newUser("stranger");
        String app = app("orders-db", Grant.user(user, 7));
        String web = server("web-1", Grant.user(user, 7));
        String hidden = server("hidden", Grant.user(stranger, 7));
        String deleted = inventory.insert("servers", new Document("name", "gone").append("active", false), Grant.user(user, 7));

        Reply unknown = api.patch(user, "/applications/" + app + "/servers", Map.of("id", List.of(web, new ObjectId().toHexString())));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.at("/err/name").asString()).isEqualTo("NotFoundError");
        assertThat(api.patch(user, "/applications/" + app + "/servers", Map.of("id", List.of(hidden))).status()).isEqualTo(404);
        assertThat(api.patch(user, "/applications/" + app + "/servers", Map.of("id", List.of(deleted))).status()).isEqualTo(404);
        assertThat(api.patch(user, "/applications/" + new ObjectId() + "/servers", Map.of("id", List.of(web))).status()).isEqualTo(404);
        assertThat(api.patch(user, "/applications/not-an-id/servers", Map.of("id", List.of(web))).status()).isEqualTo(404);
        assertThat(api.patch(stranger, "/applications/" + app + "/servers", Map.of("id", List.of(hidden))).status()).isEqualTo(404);
        assertThat(inventory.array("servers", web, "applications")).isEmpty();
    }

    @Test
    void malformedBodiesAre422NamingTheField() {
        String app = app("orders-db", Grant.user(user, 7));
        String web = server("web-1", Grant.user(user, 7));
        String path = "/applications/" + app + "/servers";

        assertThat(api.patch(user, path, Map.of("id", List.of(web, "nope", 3))).at("/err/errors").toString())
                .contains("[\"id\",1]").contains("[\"id\",2]").contains("string.hex");
        assertThat(api.patch(user, path, Map.of()).at("/err/errors/0/type").asString()).isEqualTo("any.required");
        assertThat(api.patch(user, path, Map.of("id", web)).at("/err/errors/0/type").asString()).isEqualTo("array.base");
        assertThat(api.patch(user, path, Map.of("id", List.of())).at("/err/errors/0/type").asString()).isEqualTo("array.min");
        Reply notObject = unlink(user, path, List.of(web));
        assertThat(notObject.status()).isEqualTo(422);
        assertThat(notObject.at("/err/name").asString()).isEqualTo("ValidatorError");
        assertThat(inventory.array("servers", web, "applications")).isEmpty();
    }

    @Test
    void teamMirrorsRunAsTheTeam() {
        User writer = api.newUser("writer");
        User reader = api.newUser("reader");
        String team = inventory.team(user, Map.of(writer, 3, reader, 1));
        String system = inventory.insert("systems", new Document("name", "payments"), Grant.team(team, 7));
        String app = app("gateway", Grant.team(team, 3));
        String client = inventory.insert("clients", new Document("name", "acme"), Grant.team(team, 7));
        String web = server("web-1", Grant.team(team, 3));
        String base = "/teams/" + team;

        assertThat(api.patch(writer, base + "/system/" + system + "/applications", Map.of("id", List.of(app))).status())
                .isEqualTo(202);
        assertThat(api.patch(writer, base + "/clients/" + client + "/system", Map.of("id", List.of(system))).status())
                .isEqualTo(202);
        assertThat(api.patch(writer, base + "/applications/" + app + "/servers", Map.of("id", List.of(web))).status())
                .isEqualTo(202);
        assertThat(inventory.array("applications", app, "system")).hasSize(1);
        assertThat(inventory.array("systems", system, "clients")).hasSize(1);
        assertThat(inventory.array("servers", web, "applications")).hasSize(1);

        assertThat(unlink(reader, base + "/applications/" + app + "/servers", Map.of("id", List.of(web))).status())
                .as("team role 1").isEqualTo(403);
        assertThat(unlink(api.newUser("outsider"), base + "/applications/" + app + "/servers", Map.of("id", List.of(web))).status())
                .as("not a member").isEqualTo(404);
        assertThat(unlink(writer, "/applications/" + app + "/servers", Map.of("id", List.of(web))).status())
                .as("team records are reached through the mirror only").isEqualTo(404);
        assertThat(unlink(writer, base + "/applications/" + app + "/servers", Map.of("id", List.of(web))).status()).isEqualTo(204);
        assertThat(inventory.array("servers", web, "applications")).isEmpty();
    }
}
