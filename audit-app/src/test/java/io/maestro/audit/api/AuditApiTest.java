package io.maestro.audit.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.audit.AuditApplication;
import io.maestro.audit.domain.AuditProperties;
import io.maestro.audit.domain.AuditRetention;
import io.maestro.audit.domain.AuditStore;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit routes on their own; data-app is unreachable here, so propagation can only fail. */
@MaestroApiTest(classes = AuditApplication.class,
        properties = {"spring.config.name=audit-app", "maestro.peers.data=http://127.0.0.1:1", "maestro.timeout=2000",
                "maestro.audit.ttl-days=30"})
class AuditApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AuditRetention retention;

    @Autowired
    AuditStore store;

    record Answer(int status, JsonNode body) {
    }

    @Test
    void auditStoreIsTheAuditDatabase() {
        assertThat(mongo.getDb().getName()).isEqualTo("maestro-audit");
    }

    @Test
    void snapshotsAreUniquePerDocumentByIndex() throws Exception {
        Document index = mongo.getCollection("snapshots").listIndexes().into(new ArrayList<>()).stream()
                .filter(candidate -> "snapshots_entity_id".equals(candidate.getString("name"))).findFirst().orElseThrow();
        assertThat(index.get("key", Document.class)).isEqualTo(new Document("entity", 1).append("entity_id", 1));
        assertThat(index.getBoolean("unique")).isTrue();

        String id = new ObjectId().toHexString();
        call("POST", "/audit/servers/" + id, Map.of("name", "web-1"));
        call("PUT", "/audit/servers/" + id, Map.of("name", "web-2"));

        assertThat(mongo.getCollection("snapshots").countDocuments(new Document("entity_id", new ObjectId(id)))).isOne();
    }

    @Test
    void creationStoresTheBodyAsSnapshotAndRow() throws Exception {
        String id = new ObjectId().toHexString();

        Answer created = call("POST", "/audit/servers/" + id, Map.of("name", "web-1", "cpu", 2));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("body").path("name").asString()).isEqualTo("web-1");
        assertThat(created.body().path("user").asString()).isEqualTo("MaestroServer");
        assertThat(created.body().path("entity").asString()).isEqualTo("servers");
        assertThat(created.body().path("entity_id").asString()).isEqualTo(id);
        assertThat(created.body().path("active").asBoolean()).isTrue();
        assertThat(created.body().has("state")).isFalse();
        Document snapshot = mongo.getCollection("snapshots").find(new Document("entity_id", new ObjectId(id))).first();
        assertThat(snapshot.get("body", Document.class).getString("name")).isEqualTo("web-1");
        Document row = mongo.getCollection("audits").find(new Document("entity_id", new ObjectId(id))).first();
        assertThat(row.get("created_at")).isInstanceOf(Date.class);
        assertThat(row.get("updated_at")).isInstanceOf(Date.class);
    }

    @Test
    void putStoresTheFullDiffOnlyWhenSomethingChanged() throws Exception {
        String id = new ObjectId().toHexString();
        call("POST", "/audit/servers/" + id, Map.of("name", "web-1", "cpu", 2, "os", Map.of("base", "Linux", "dist", "Ubuntu")));

        Answer changed = call("PUT", "/audit/servers/" + id + "/ana@example.com",
                Map.of("name", "web-1", "memory", 8, "os", Map.of("base", "Linux", "dist", "Debian")));
        Answer unchanged = call("PUT", "/audit/servers/" + id,
                Map.of("name", "web-1", "memory", 8, "os", Map.of("base", "Linux", "dist", "Debian")));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(unchanged.status()).isEqualTo(204);
        JsonNode history = call("GET", "/audit/servers/" + id, null).body();
        assertThat(history.path("found").asInt()).isEqualTo(2);
        JsonNode update = history.path("items").get(1);
        assertThat(update.path("user").asString()).isEqualTo("ana@example.com");
        assertThat(update.path("body").path("cpu").isNull()).as("removed keys are null").isTrue();
        assertThat(update.path("body").path("memory").asInt()).isEqualTo(8);
        assertThat(update.path("body").path("os").path("dist").asString()).isEqualTo("Debian");
        assertThat(update.path("body").has("name")).isFalse();
        assertThat(update.has("state")).as("the list leaves states out").isFalse();
    }

    @Test
    void patchRecordsTheRightHandDiffAndMergesTheSnapshot() throws Exception {
        String id = new ObjectId().toHexString();
        call("POST", "/audit/applications/" + id, Map.of("name", "www", "family", "Application", "language", "Java"));

        Answer patched = call("PATCH", "/audit/applications/" + id + "/bo@example.com", Map.of("name", "www", "language", "Kotlin"));
        Answer noop = call("PATCH", "/audit/applications/" + id, Map.of("name", "www"));

        assertThat(patched.status()).isEqualTo(201);
        assertThat(patched.body().path("body").toString()).isEqualTo("{\"language\":\"Kotlin\"}");
        assertThat(noop.status()).isEqualTo(201);
        assertThat(noop.body().isEmpty()).isTrue();
        Document snapshot = mongo.getCollection("snapshots").find(new Document("entity_id", new ObjectId(id))).first();
        assertThat(snapshot.get("body", Document.class))
                .containsEntry("family", "Application").containsEntry("language", "Kotlin");
        assertThat(call("GET", "/audit/applications/" + id, null).body().path("found").asInt()).isEqualTo(2);
    }

    @Test
    void deleteRecordsARemovalRow() throws Exception {
        String id = new ObjectId().toHexString();
        call("POST", "/audit/volume/" + id, Map.of("name", "disk"));

        Answer removed = call("DELETE", "/audit/volume/" + id + "/ana@example.com", null);

        assertThat(removed.status()).isEqualTo(201);
        assertThat(removed.body().path("body").toString()).isEqualTo("{\"removed\":true}");
        JsonNode row = call("GET", "/audit/volume/" + id + "/rows/" + removed.body().path("_id").asString(), null).body();
        assertThat(row.path("state").path("name").asString()).as("the last state before removal").isEqualTo("disk");
    }

    @Test
    void versionsCanBeReadAndCompared() throws Exception {
        String id = new ObjectId().toHexString();
        String base = "/audit/applications/" + id;
        call("POST", base, Map.of("name", "api", "family", "Application", "port", 80));
        call("PUT", base, Map.of("name", "api", "family", "Application", "port", 8080));
        call("PATCH", base, Map.of("language", "Go"));
        call("PUT", base, Map.of("name", "api-v2", "family", "Application", "language", "Go"));
        JsonNode rows = call("GET", base, null).body().path("items");
        assertThat(rows.size()).isEqualTo(4);
        String first = rows.get(0).path("_id").asString();
        String second = rows.get(1).path("_id").asString();
        String third = rows.get(2).path("_id").asString();

        JsonNode version2 = call("GET", base + "/rows/" + second, null).body();
        JsonNode diff = call("GET", base + "/diff?from=" + first + "&to=" + third, null).body();

        assertThat(version2.path("state")).isEqualTo(JSON.readTree("{\"name\":\"api\",\"family\":\"Application\",\"port\":8080}"));
        assertThat(version2.path("body")).isEqualTo(JSON.readTree("{\"port\":8080}"));
        assertThat(diff.path("from").asString()).isEqualTo(first);
        assertThat(diff.path("to").asString()).isEqualTo(third);
        assertThat(diff.path("body")).isEqualTo(JSON.readTree("{\"port\":8080,\"language\":\"Go\"}"));
    }

    @Test
    void historyIsPaged() throws Exception {
        String id = new ObjectId().toHexString();
        for (int version = 0; version < 5; version++) {
            call("PUT", "/audit/servers/" + id, Map.of("name", "v" + version));
        }

        JsonNode page = call("GET", "/audit/servers/" + id + "?limit=2&page=3", null).body();

        assertThat(page.path("found").asInt()).isEqualTo(5);
        assertThat(page.path("limit").asInt()).isEqualTo(2);
        assertThat(page.path("total_pages").asInt()).isEqualTo(3);
        assertThat(page.path("current_page").asInt()).isEqualTo(3);
        assertThat(page.path("items").get(0).path("body").path("name").asString()).isEqualTo("v4");
        assertError(call("GET", "/audit/servers/" + id + "?limit=2&page=4", null), 404, "NotFoundError", "Data not found");
        JsonNode none = call("GET", "/audit/servers/" + new ObjectId().toHexString(), null).body();
        assertThat(none.path("found").asInt()).isZero();
        assertThat(none.path("limit").asInt()).isEqualTo(20000);
    }

    @Test
    void badRequestsGetTheMaestroErrorEnvelope() throws Exception {
        String id = new ObjectId().toHexString();

        assertError(call("POST", "/audit/servers/not-an-id", Map.of("a", 1)), 422, "ValidatorError", "id must be a 24-hex ObjectId");
        assertError(callRaw("POST", "/audit/servers/" + id, "[1,2]"), 422, "ValidatorError", "body must be a JSON object");
        assertError(callRaw("PUT", "/audit/servers/" + id, "{broken"), 422, "ValidatorError", "body must be a JSON object");
        assertError(callRaw("PATCH", "/audit/servers/" + id, null), 422, "ValidatorError", "body must be a JSON object");
        assertError(call("POST", "/audit/" + "x".repeat(70) + "/" + id, Map.of("a", 1)), 422, "ValidatorError", "entity must be");
        assertError(call("GET", "/audit/servers/" + id + "?limit=abc", null), 422, "ValidatorError", "limit");
        assertError(call("GET", "/audit/servers/" + id + "?limit=20001", null), 422, "ValidatorError", "limit");
        assertError(call("GET", "/audit/servers/" + id + "/rows/" + new ObjectId().toHexString(), null), 404, "NotFoundError", "not found");
        assertError(call("GET", "/audit/servers/" + id + "/rows/nope", null), 422, "ValidatorError", "row id");
        assertError(call("GET", "/audit/servers/" + id + "/diff?from=" + new ObjectId().toHexString(), null), 422, "ValidatorError", "to");
        assertThat(mongo.getCollection("snapshots").countDocuments(new Document("entity_id", new ObjectId(id)))).isZero();
    }

    @Test
    void anyKeyIsKeptAsSentInRowsStatesDiffsAndTheNextChange() throws Exception {
        String id = new ObjectId().toHexString();
        String base = "/audit/servers/" + id;
        Map<String, Object> metas = Map.of("$set", 1, "a.b", Map.of("%2E", 2, "$y.z", List.of(Map.of("k.l", 3))),
                "nul\u0000", 4);

        Answer created = call("POST", base, Map.of("name", "web-1", "metas", metas));
        Answer patched = call("PATCH", base, Map.of("metas", Map.of("$set", 2, "a.b", Map.of("%2E", 2))));
        Answer unchanged = call("PATCH", base, Map.of("metas", Map.of("$set", 2, "a.b", Map.of("%2E", 2))));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("body").path("metas")).isEqualTo(JSON.valueToTree(metas));
        assertThat(patched.body().path("body").path("metas"))
                .isEqualTo(JSON.readTree("{\"$set\":2,\"a.b\":{\"$y.z\":null},\"nul\\u0000\":null}"));
        assertThat(unchanged.body().isEmpty()).as("the snapshot kept the keys as sent").isTrue();
        JsonNode rows = call("GET", base, null).body().path("items");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).path("body").path("metas")).isEqualTo(JSON.valueToTree(metas));
        String first = rows.get(0).path("_id").asString();
        String second = rows.get(1).path("_id").asString();
        assertThat(call("GET", base + "/rows/" + first, null).body().path("state").path("metas"))
                .isEqualTo(JSON.valueToTree(metas));
        assertThat(call("GET", base + "/diff?from=" + first + "&to=" + second, null).body().path("body").path("metas"))
                .isEqualTo(JSON.readTree("{\"$set\":2,\"a.b\":{\"$y.z\":null},\"nul\\u0000\":null}"));
        Document stored = mongo.getCollection("audits").find(new Document("_id", new ObjectId(first))).first();
        assertThat(stored.get("body", Document.class).get("metas", Document.class).keySet())
                .containsExactlyInAnyOrder("%24set", "a%2Eb", "nul%00");
    }

    @Test
    void rowsAndSnapshotsWrittenBeforeKeysWereEscapedAreReadAsTheyAre() throws Exception {
        ObjectId id = new ObjectId();
        ObjectId legacy = new ObjectId();
        Document old = new Document("name", "web-1").append("ratio", new Document("50%2E", 1));
        mongo.getCollection("snapshots").insertOne(new Document("entity", "servers").append("entity_id", id)
                .append("body", old));
        mongo.getCollection("audits").insertOne(new Document("_id", legacy).append("entity", "servers")
                .append("entity_id", id).append("user", "ana@example.com").append("body", old).append("state", old)
                .append("created_at", new Date()).append("updated_at", new Date()).append("active", true));

        Answer changed = call("PATCH", "/audit/servers/" + id.toHexString(),
                Map.of("name", "web-2", "ratio", Map.of("50%2E", 1)));

        assertThat(changed.body().path("body")).isEqualTo(JSON.readTree("{\"name\":\"web-2\"}"));
        assertThat(call("GET", "/audit/servers/" + id.toHexString() + "/rows/" + legacy.toHexString(), null).body()
                .path("state").path("ratio").has("50%2E")).isTrue();
    }

    @Test
    void rowsFromAnotherDocumentAreNotServed() throws Exception {
        String id = new ObjectId().toHexString();
        Answer created = call("POST", "/audit/servers/" + id, Map.of("name", "x"));

        assertError(call("GET", "/audit/servers/" + new ObjectId().toHexString() + "/rows/" + created.body().path("_id").asString(), null),
                404, "NotFoundError", "not found");
        assertError(call("GET", "/audit/applications/" + id + "/rows/" + created.body().path("_id").asString(), null),
                404, "NotFoundError", "not found");
    }

    @Test
    void aParameterErrorNamesTheParameterAndNoJavaType() throws Exception {
        String id = new ObjectId().toHexString();

        Answer mistyped = call("GET", "/audit/servers/" + id + "?limit=abc", null);
        Answer missing = call("GET", "/audit/servers/" + id + "/diff?to=" + new ObjectId().toHexString(), null);

        assertError(mistyped, 422, "ValidatorError", "'limit'");
        assertError(missing, 422, "ValidatorError", "'from'");
        assertThat(mistyped.body().toString()).doesNotContain("java.", "Integer");
        assertThat(missing.body().toString()).doesNotContain("java.", "String");
    }

    @Test
    void rowsRecordedBeforeStatesExistedCannotBeCompared() throws Exception {
        String id = new ObjectId().toHexString();
        ObjectId legacy = new ObjectId();
        mongo.getCollection("audits").insertOne(new Document("_id", legacy).append("entity", "servers")
                .append("entity_id", new ObjectId(id)).append("body", new Document("name", "old")).append("created_at", new Date()));
        Answer created = call("PUT", "/audit/servers/" + id, Map.of("name", "new"));
        String newer = call("GET", "/audit/servers/" + id, null).body().path("items").get(1).path("_id").asString();

        assertThat(created.status()).isEqualTo(204);
        assertError(call("GET", "/audit/servers/" + id + "/diff?from=" + legacy.toHexString() + "&to=" + newer, null),
                422, "ValidatorError", "without the document's state");
    }

    @Test
    void anUnreachableDataAppIsReportedOnTheRowAndLosesNothing() throws Exception {
        String id = new ObjectId().toHexString();
        call("POST", "/audit/clients/" + id, Map.of("name", "ACME"));

        Answer renamed = call("PATCH", "/audit/clients/" + id, Map.of("name", "ACME Corp"));

        assertThat(renamed.status()).isEqualTo(201);
        JsonNode outcome = renamed.body().path("propagation").get(0);
        assertThat(outcome.path("entity").asString()).isEqualTo("systems");
        assertThat(outcome.path("field").asString()).isEqualTo("clients.$.name");
        assertThat(outcome.path("status").asString()).isEqualTo("error");
        assertThat(outcome.path("msg").asString()).isEqualTo("data-app is unreachable");
        JsonNode stored = call("GET", "/audit/clients/" + id + "/rows/" + renamed.body().path("_id").asString(), null).body();
        assertThat(stored.path("propagation").get(0).path("status").asString()).isEqualTo("error");
        assertThat(stored.path("state").path("name").asString()).isEqualTo("ACME Corp");
    }

    @Test
    void retentionRemovesRowsOlderThanTheTtl() {
        ObjectId entityId = new ObjectId();
        Instant now = Instant.parse("2030-01-31T00:00:00Z");
        Document old = row(entityId, now.minus(Duration.ofDays(31)));
        Document recent = row(entityId, now.minus(Duration.ofDays(29)));
        mongo.getCollection("audits").insertMany(List.of(old, recent));

        long removed = retention.removeExpiredRows(now);

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(mongo.getCollection("audits").countDocuments(new Document("_id", old.getObjectId("_id")))).isZero();
        assertThat(mongo.getCollection("audits").countDocuments(new Document("_id", recent.getObjectId("_id")))).isEqualTo(1);
    }

    @Test
    void retentionZeroKeepsEverything() {
        ObjectId entityId = new ObjectId();
        Document ancient = row(entityId, Instant.parse("2000-01-01T00:00:00Z"));
        mongo.getCollection("audits").insertOne(ancient);

        long removed = new AuditRetention(store, new AuditProperties(0, Duration.ofHours(1))).removeExpiredRows(Instant.now());

        assertThat(removed).isZero();
        assertThat(mongo.getCollection("audits").countDocuments(new Document("_id", ancient.getObjectId("_id")))).isEqualTo(1);
    }

    @Test
    void everyAuditRouteNeedsAServiceToken() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/audit/servers/" + new ObjectId().toHexString())).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static Document row(ObjectId entityId, Instant createdAt) {
        return new Document("_id", new ObjectId()).append("entity", "servers").append("entity_id", entityId)
                .append("body", new Document("name", "x")).append("created_at", Date.from(createdAt))
                .append("updated_at", Date.from(createdAt)).append("active", true);
    }

    private Answer call(String method, String path, Object body) throws Exception {
        return callRaw(method, path, body == null ? null : JSON.writeValueAsString(body));
    }

    private Answer callRaw(String method, String path, String body) throws Exception {
        String token = new PrivateServiceTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH")).issue("test");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "JWT " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body()));
    }

    private static void assertError(Answer answer, int status, String name, String message) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.body().path("err").path("name").asString()).as(answer.body().toString()).isEqualTo(name);
        assertThat(answer.body().path("err").path("errors").asString()).as(answer.body().toString()).contains(message);
    }
}
