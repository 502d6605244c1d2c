package io.maestro.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.audit.domain.NamePropagation;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.data.DataApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renames through audit-app reach every copy: data-app and audit-app run side by side in this JVM on the same
 * in-process store (inventory in {@code maestro-client}, history in {@code maestro-audit}).
 */
class NamePropagationEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext dataApp;
    private static ConfigurableApplicationContext auditApp;
    private static MongoTemplate inventory;
    private static int auditPort;

    @BeforeAll
    static void startBothServices() {
        dataApp = DataApplication.builder().initializers(new MaestroTestEnvironment())
                .properties("server.port=0").run();
        int dataPort = ((WebServerApplicationContext) dataApp).getWebServer().getPort();
        auditApp = AuditApplication.builder().initializers(new MaestroTestEnvironment())
                .properties("server.port=0", "maestro.peers.data=http://127.0.0.1:" + dataPort).run();
        auditPort = ((WebServerApplicationContext) auditApp).getWebServer().getPort();
        inventory = dataApp.getBean(MongoTemplate.class);
    }

    @AfterAll
    static void stopBothServices() {
        auditApp.close();
        dataApp.close();
    }

    @Test
    void applicationRenameReachesServersDependantsAndSystems() throws Exception {
        ObjectId app = new ObjectId();
        ObjectId other = new ObjectId();
        Document server = new Document("name", "s1").append("applications", List.of(
                new Document("_id", other).append("name", "db").append("family", "Database"),
                new Document("_id", app).append("name", "www").append("family", "Application")));
        Document unrelated = new Document("name", "s2").append("applications",
                List.of(new Document("_id", other).append("name", "db").append("family", "Database")));
        Document dependant = new Document("name", "api").append("deps",
                List.of(new Document("_id", app).append("name", "www").append("family", "Application")));
        Document system = new Document("name", "shop").append("entry",
                List.of(new Document("_id", app).append("name", "www").append("family", "Application")));
        inventory.getCollection("servers").insertMany(List.of(server, unrelated));
        inventory.getCollection("applications").insertOne(dependant);
        inventory.getCollection("systems").insertOne(system);
        String base = "/audit/applications/" + app.toHexString();
        call("POST", base, Map.of("name", "www", "family", "Application"));

        int status = call("PUT", base + "/ana@example.com", Map.of("name", "www3", "family", "Loadbalance")).status();

        assertThat(status).isEqualTo(204);
        assertThat(find("servers", server).getList("applications", Document.class))
                .extracting(copy -> copy.getString("name") + "/" + copy.getString("family"))
                .containsExactly("db/Database", "www3/Loadbalance");
        assertThat(find("servers", unrelated).getList("applications", Document.class).get(0).getString("name")).isEqualTo("db");
        assertThat(find("applications", dependant).getList("deps", Document.class).get(0))
                .containsEntry("name", "www3").containsEntry("family", "Loadbalance");
        assertThat(find("systems", system).getList("entry", Document.class).get(0))
                .containsEntry("name", "www3").containsEntry("family", "Loadbalance");
        JsonNode history = call("GET", base, null).body().path("items");
        String rowId = history.get(1).path("_id").asString();
        JsonNode outcomes = call("GET", base + "/rows/" + rowId, null).body().path("propagation");
        assertThat(outcomes.size()).isEqualTo(6);
        outcomes.forEach(outcome -> assertThat(outcome.path("status").asString()).as(outcome.toString()).isEqualTo("ok"));
    }

    @Test
    void systemAndClientRenamesReachTheirCopies() throws Exception {
        ObjectId system = new ObjectId();
        ObjectId client = new ObjectId();
        Document app = new Document("name", "www").append("system", List.of(new Document("_id", system).append("name", "shop")));
        Document systemDoc = new Document("_id", system).append("name", "shop")
                .append("clients", List.of(new Document("_id", client).append("name", "ACME")));
        inventory.getCollection("applications").insertOne(app);
        inventory.getCollection("systems").insertOne(systemDoc);
        call("POST", "/audit/system/" + system.toHexString(), Map.of("name", "shop"));
        call("POST", "/audit/clients/" + client.toHexString(), Map.of("name", "ACME"));

        call("PATCH", "/audit/system/" + system.toHexString(), Map.of("name", "store"));
        call("PUT", "/audit/clients/" + client.toHexString(), Map.of("name", "ACME Corp"));

        assertThat(find("applications", app).getList("system", Document.class).get(0).getString("name")).isEqualTo("store");
        assertThat(find("systems", systemDoc).getList("clients", Document.class).get(0).getString("name")).isEqualTo("ACME Corp");
    }

    @Test
    void datacenterRenameReachesEveryResourceAndConnection() throws Exception {
        ObjectId datacenter = new ObjectId();
        for (String collection : NamePropagation.DATACENTER_COPIES) {
            inventory.getCollection(collection).insertOne(new Document("name", "dc-copy")
                    .append("datacenters", new Document("_id", datacenter).append("name", "AWS prod").append("region", "us-east-1")));
        }
        Document connection = new Document("name", "aws").append("dc_id", datacenter.toHexString()).append("dc", "AWS prod");
        inventory.getCollection("connections").insertOne(connection);
        call("POST", "/audit/datacenters/" + datacenter.toHexString(), Map.of("name", "AWS prod", "provider", "AWS"));

        call("PUT", "/audit/datacenters/" + datacenter.toHexString(), Map.of("name", "AWS production", "provider", "AWS"));

        for (String collection : NamePropagation.DATACENTER_COPIES) {
            Document copy = inventory.getCollection(collection).find(new Document("datacenters._id", datacenter)).first();
            assertThat(copy.get("datacenters", Document.class)).as(collection)
                    .containsEntry("name", "AWS production").containsEntry("region", "us-east-1");
        }
        assertThat(find("connections", connection).getString("dc")).isEqualTo("AWS production");
    }

    @Test
    void teamRenameReachesEveryAclAndConnectionOwner() throws Exception {
        ObjectId team = new ObjectId();
        ObjectId user = new ObjectId();
        List<Document> roles = List.of(new Document("_id", user).append("refs", "users").append("role", 7).append("name", "Ana"),
                new Document("_id", team).append("refs", "teams").append("role", 3).append("name", "ops"));
        for (String collection : NamePropagation.ACL_COLLECTIONS) {
            inventory.getCollection(collection).insertOne(new Document("name", "team-copy").append("roles", roles));
        }
        Document connection = new Document("name", "owned by team")
                .append("owner_user", new Document("_id", team).append("name", "ops").append("refs", "teams"));
        inventory.getCollection("connections").insertOne(connection);
        call("POST", "/audit/teams/" + team.toHexString(), Map.of("name", "ops"));

        call("PATCH", "/audit/teams/" + team.toHexString(), Map.of("name", "platform"));

        for (String collection : NamePropagation.ACL_COLLECTIONS) {
            Document copy = inventory.getCollection(collection).find(new Document("name", "team-copy")).first();
            assertThat(copy.getList("roles", Document.class)).as(collection)
                    .extracting(role -> role.getString("name")).containsExactly("Ana", "platform");
        }
        assertThat(find("connections", connection).get("owner_user", Document.class).getString("name")).isEqualTo("platform");
    }

    @Test
    void userEmailAndNameChangesReachAclsTeamsAndConnections() throws Exception {
        ObjectId user = new ObjectId();
        List<Document> roles = List.of(new Document("_id", user).append("refs", "users").append("role", 7)
                .append("email", "ana@old.io"));
        for (String collection : NamePropagation.ACL_COLLECTIONS) {
            inventory.getCollection(collection).insertOne(new Document("name", "user-copy").append("roles", roles));
        }
        Document team = new Document("name", "ops").append("members", List.of(
                new Document("_id", new ObjectId()).append("email", "bo@x.io").append("name", "Bo"),
                new Document("_id", user).append("email", "ana@old.io").append("name", "Ana")));
        Document connection = new Document("name", "owned by Ana")
                .append("owner_user", new Document("_id", user).append("email", "ana@old.io").append("refs", "users"));
        inventory.getCollection("teams").insertOne(team);
        inventory.getCollection("connections").insertOne(connection);
        call("POST", "/audit/users/" + user.toHexString(), Map.of("name", "Ana", "email", "ana@old.io"));

        call("PATCH", "/audit/users/" + user.toHexString(), Map.of("name", "Ana Lima", "email", "ana@new.io"));

        for (String collection : NamePropagation.ACL_COLLECTIONS) {
            Document copy = inventory.getCollection(collection).find(new Document("name", "user-copy")).first();
            assertThat(copy.getList("roles", Document.class).get(0).getString("email")).as(collection).isEqualTo("ana@new.io");
        }
        assertThat(find("teams", team).getList("members", Document.class))
                .extracting(member -> member.getString("name") + " <" + member.getString("email") + ">")
                .containsExactly("Bo <bo@x.io>", "Ana Lima <ana@new.io>");
        assertThat(find("connections", connection).get("owner_user", Document.class).getString("email")).isEqualTo("ana@new.io");
    }

    @Test
    void creationAndUnwatchedChangesSyncNothing() throws Exception {
        ObjectId app = new ObjectId();
        Document server = new Document("name", "s9").append("applications",
                List.of(new Document("_id", app).append("name", "stale copy")));
        inventory.getCollection("servers").insertOne(server);

        JsonNode created = call("POST", "/audit/applications/" + app.toHexString(), Map.of("name", "fresh", "family", "Application")).body();
        JsonNode patched = call("PATCH", "/audit/applications/" + app.toHexString(), Map.of("language", "Go")).body();

        assertThat(created.has("propagation")).isFalse();
        assertThat(patched.has("propagation")).isFalse();
        assertThat(find("servers", server).getList("applications", Document.class).get(0).getString("name")).isEqualTo("stale copy");
    }

    private static Document find(String collection, Document inserted) {
        return inventory.getCollection(collection).find(new Document("_id", inserted.getObjectId("_id"))).first();
    }

    record Answer(int status, JsonNode body) {
    }

    private static Answer call(String method, String path, Object body) throws Exception {
        String token = new PrivateServiceTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH")).issue("test");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + auditPort + path))
                .header("Authorization", "JWT " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body()));
    }
}
