package io.maestro.data.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.IndexOptions;
import io.maestro.common.crypto.CredentialCipher;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.data.DataApplication;
import io.maestro.data.store.ProviderIdentityIndexes;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@MaestroApiTest(classes = DataApplication.class, properties = "spring.config.name=data-app")
class DataGatewayApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectId OWNER = new ObjectId();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ProviderIdentityIndexes indexes;

    record Answer(int status, JsonNode body) {
    }

    @BeforeEach
    void emptyStore() {
        mongo.getDb().drop();
    }

    // ---- queries --------------------------------------------------------------------------------------------

    @Test
    void postQueryWithJsonStringCountsPagesCorrectly() throws Exception {
        insertServers(5);

        Answer answer = call("POST", "/servers", Map.of("query", "{\"roles._id\":\"" + OWNER.toHexString() + "\"}",
                "limit", 2, "page", 3));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("found").asLong()).isEqualTo(5);
        assertThat(answer.body().path("total_pages").asLong()).as("ceil(5/2)").isEqualTo(3);
        assertThat(answer.body().path("page").asInt()).isEqualTo(3);
        assertThat(answer.body().path("limit").asInt()).isEqualTo(2);
        JsonNode item = answer.body().path("items").get(0);
        assertThat(answer.body().path("items").size()).isEqualTo(1);
        assertThat(item.path("name").asString()).isEqualTo("server-4");
        assertThat(item.path("_id").asString()).matches("[0-9a-f]{24}");
        assertThat(item.path("roles").get(0).path("_id").asString()).isEqualTo(OWNER.toHexString());
        assertThat(item.path("created_at").asString()).isEqualTo("2021-10-15T10:00:00Z");
    }

    @Test
    void foundIsTheWholeCountOnFullPagesAndPagesPastTheEnd() throws Exception {
        insertServers(5);
        String query = "{\"roles._id\":\"" + OWNER.toHexString() + "\"}";

        for (int page : new int[] {1, 2, 4, 9}) {
            Answer answer = call("POST", "/servers", Map.of("query", query, "limit", 2, "page", page));

            assertThat(answer.body().path("found").asLong()).as("found on page %d", page).isEqualTo(5);
            assertThat(answer.body().path("total_pages").asLong()).as("pages on page %d", page).isEqualTo(3);
            assertThat(answer.body().path("items").size()).as("items on page %d", page).isEqualTo(page <= 2 ? 2 : 0);
        }
    }

    @Test
    void getQueryTakesTheSameParametersAsQueryString() throws Exception {
        insertServers(3);
        String query = URLEncoder.encode("{\"roles._id\":\"" + OWNER.toHexString() + "\",\"name\":[\"server-0\",\"server-2\"]}",
                StandardCharsets.UTF_8);

        Answer answer = call("GET", "/servers?query=" + query + "&limit=1&page=2", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("found").asLong()).isEqualTo(2);
        assertThat(answer.body().path("total_pages").asLong()).isEqualTo(2);
        assertThat(answer.body().path("items").get(0).path("name").asString()).isEqualTo("server-2");
        Answer everything = call("GET", "/servers", null);
        assertThat(everything.body().path("found").asLong()).isEqualTo(3);
        assertThat(everything.body().path("limit").asInt()).as("MAESTRO_SCAN_QTD default").isEqualTo(200);
        assertThat(everything.body().path("total_pages").asLong()).isEqualTo(1);
    }

    @Test
    void emptyResultHasNoPages() throws Exception {
        Answer answer = call("POST", "/applications", Map.of("query", Map.of("name", "nothing")));

        assertThat(answer.body().path("found").asLong()).isZero();
        assertThat(answer.body().path("total_pages").asLong()).isZero();
        assertThat(answer.body().path("items").size()).isZero();
    }

    @Test
    void websocketMembershipCheckWorksAsSent() throws Exception {
        ObjectId team = new ObjectId();
        ObjectId member = new ObjectId();
        mongo.getCollection("teams").insertOne(new Document("_id", team).append("name", "ops").append("active", true)
                .append("members", List.of(new Document("_id", member).append("refs", "users").append("role", 7))));
        String body = "{\"query\":\"{\\\"_id\\\":\\\"" + team.toHexString() + "\\\",\\\"members._id\\\":\\\""
                + member.toHexString() + "\\\",\\\"active\\\":true}\",\"limit\":1}";

        Answer member1 = callRaw("POST", "/teams", body);
        Answer stranger = callRaw("POST", "/teams", body.replace(member.toHexString(), new ObjectId().toHexString()));

        assertThat(member1.status()).isEqualTo(200);
        assertThat(member1.body().path("found").asLong()).isEqualTo(1);
        assertThat(member1.body().path("items").get(0).path("name").asString()).isEqualTo("ops");
        assertThat(stranger.body().path("found").asLong()).isZero();
    }

    @Test
    void dateFiltersCompareDates() throws Exception {
        insertServers(2);
        mongo.getCollection("servers").updateOne(new Document("name", "server-1"),
                new Document("$set", new Document("updated_at", new Date(1_700_000_000_000L))));

        Answer answer = call("POST", "/servers", Map.of("query", Map.of("updated_at", Map.of("$gte", "2023-01-01T00:00:00Z"))));

        assertThat(answer.body().path("found").asLong()).isEqualTo(1);
        assertThat(answer.body().path("items").get(0).path("name").asString()).isEqualTo("server-1");
    }

    @Test
    void fieldsAnswerOnlyThosePathsAndTheId() throws Exception {
        insertServers(3);
        mongo.getCollection("servers").updateMany(new Document(),
                new Document("$set", new Document("seen_by", new Document("c1", "2026-01-01T00:00:00Z").append("c2", "x"))));

        Answer answer = call("POST", "/servers", Map.of("query", Map.of("name", List.of("server-0", "server-2")),
                "fields", List.of("name", "seen_by.c1", "roles._id", "missing")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("found").asLong()).isEqualTo(2);
        JsonNode item = answer.body().path("items").get(0);
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("_id", "name", "seen_by", "roles");
        assertThat(item.path("name").asString()).isEqualTo("server-0");
        assertThat(item.path("seen_by").propertyNames()).containsExactly("c1");
        assertThat(item.path("roles").get(0).propertyNames()).containsExactly("_id");
        assertThat(item.path("roles").get(0).path("_id").asString()).isEqualTo(OWNER.toHexString());
        Answer whole = call("POST", "/servers", Map.of("query", Map.of("name", "server-0")));
        assertThat(whole.body().path("items").get(0).propertyNames()).contains("os", "active", "created_at");
    }

    @Test
    void badFieldsAreRefusedWithTheErrorEnvelope() throws Exception {
        insertServers(1);
        for (Object fields : List.<Object>of("name", List.of(), List.of(7), List.of("$where"), List.of("a..b"),
                List.of("name."))) {
            assertError(call("POST", "/servers", Map.of("fields", fields)), 400, "fields must be a non-empty list");
        }
        assertError(call("POST", "/servers", Map.of("fields", List.of("seen_by", "seen_by.c1"))), 400,
                "fields: seen_by and seen_by.c1 overlap");
        assertThat(mongo.getCollection("servers").countDocuments()).isEqualTo(1);
    }

    @Test
    void badQueriesAreRefusedWithTheErrorEnvelope() throws Exception {
        assertError(call("POST", "/servers", Map.of("query", "{broken")), 400, "query is not valid JSON");
        assertError(call("POST", "/servers", Map.of("query", "[1,2]")), 400, "query must be a JSON object");
        assertError(call("POST", "/servers", Map.of("limit", "abc")), 400, "limit must be a positive integer");
        assertError(call("POST", "/servers", Map.of("page", 0)), 400, "page must be a positive integer");
        assertError(call("POST", "/servers", Map.of("limit", 100_001)), 422, "limit must not exceed 100000");
        assertError(call("POST", "/servers", Map.of("query", Map.of("$where", "sleep(1000)"))), 422, "$where");
        assertError(callRaw("POST", "/servers", "{not json"), 400, "request body is not valid JSON");
        assertError(call("GET", "/servers?query=%7Bbroken", null), 400, "query is not valid JSON");
    }

    @Test
    void ndjsonAnswersEveryMatchOnceInIdOrderAsThePagesHoldThem() throws Exception {
        insertServers(1_200); // more than one cursor batch
        mongo.getCollection("servers").insertOne(new Document("name", "a stranger's")
                .append("roles", List.of(new Document("_id", new ObjectId()).append("role", 7))));
        String owned = "{\"roles._id\":\"" + OWNER.toHexString() + "\"}";
        List<String> sent = new ArrayList<>();
        for (Document server : mongo.getCollection("servers").find()) {
            if (!"a stranger's".equals(server.getString("name"))) {
                sent.add(server.getObjectId("_id").toHexString());
            }
        }

        HttpResponse<InputStream> answer = HTTP.send(request("POST", "/servers", JSON.writeValueAsString(
                Map.of("query", owned))).header("Accept", "application/x-ndjson").build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/x-ndjson"));
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment"));
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader body = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
            lines.add(JSON.readTree(body.readLine()));
            // records added while the answer is read, ahead of every record in _id order: a read page by page
            // (skip the pages read) would hand one record twice
            for (int index = 0; index < 3; index++) {
                mongo.getCollection("servers").insertOne(new Document("_id", new ObjectId(new Date(index * 1000L)))
                        .append("name", "added-" + index)
                        .append("roles", List.of(new Document("_id", OWNER).append("role", 7))));
            }
            for (String line = body.readLine(); line != null; line = body.readLine()) {
                lines.add(JSON.readTree(line));
            }
        }
        List<String> ids = lines.stream().map(line -> line.path("_id").asString()).toList();
        assertThat(ids).doesNotHaveDuplicates().isSorted().containsAll(sent);
        assertThat(ids).filteredOn(id -> !sent.contains(id)).as("only records added during the answer")
                .allSatisfy(id -> assertThat(new ObjectId(id).getDate()).isBefore(new Date(10_000L)));
        List<JsonNode> paged = call("POST", "/servers", Map.of("query", owned, "limit", 200)).body().path("items")
                .valueStream().filter(item -> sent.contains(item.path("_id").asString())).toList();
        assertThat(lines.stream().filter(line -> sent.contains(line.path("_id").asString())).limit(paged.size()))
                .as("the same records as a page holds them").containsExactlyElementsOf(paged);
    }

    @Test
    void aBadNdjsonQueryIsRefusedWithTheErrorEnvelope() throws Exception {
        HttpResponse<String> answer = HTTP.send(request("POST", "/servers", JSON.writeValueAsString(
                Map.of("query", Map.of("$where", "sleep(1000)")))).header("Accept", "application/x-ndjson").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(answer.body()).path("error").asString()).contains("$where");
    }

    @Test
    void onlyAllowListedEntitiesAreServed() throws Exception {
        mongo.getCollection("users").insertOne(new Document("email", "a@b.c").append("password", "hash"));

        assertError(call("POST", "/users", Map.of()), 404, "Resource not found");
        assertError(call("GET", "/users", null), 404, "Resource not found");
        assertError(call("PUT", "/users", Map.of("body", List.of(Map.of("email", "x")))), 404, "Resource not found");
        assertError(call("POST", "/whatever", Map.of()), 404, "Resource not found");
        assertError(call("GET", "/servers/extra/segments", null), 404, "Resource not found");
        assertError(call("PUT", "/teams", Map.of("body", List.of(Map.of("name", "x")))), 404, "Resource not found");
        assertError(call("PUT", "/flavors_public", Map.of("body", List.of(Map.of("name", "x")))), 404, "Resource not found");
        assertThat(call("POST", "/flavors_public", Map.of()).status()).isEqualTo(200);
        assertThat(mongo.getCollection("users").countDocuments()).isEqualTo(1);
    }

    @Test
    void flavorsPublicPathReadsTheFlavorsPublicCollection() throws Exception {
        mongo.getCollection("flavors-public").insertOne(new Document("name", "t3.micro"));

        Answer answer = call("POST", "/flavors_public", Map.of());

        assertThat(answer.body().path("items").get(0).path("name").asString()).isEqualTo("t3.micro");
    }

    @Test
    void everyRouteNeedsAServiceToken() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/servers"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("error").path("msg").isString()).isTrue();
    }

    // ---- bulk upserts ----------------------------------------------------------------------------------------

    @Test
    void bulkUpsertCountsInsertsUpsertsAndMatches() throws Exception {
        ObjectId existing = new ObjectId();
        mongo.getCollection("servers").insertMany(List.of(
                new Document("_id", existing).append("name", "old").append("cpu", 2).append("created_at", new Date(0)),
                new Document("unique_id", "i-known").append("name", "known").append("boots", 1)
                        .append("tags", new ArrayList<>(List.of("a", "b"))).append("legacy", true)));
        ObjectId app = new ObjectId();
        List<Object> body = List.of(
                Map.of("_id", existing.toHexString(), "name", "renamed", "applications",
                        List.of(Map.of("_id", app.toHexString(), "name", "web"))),
                Map.of("unique_id", "i-new", "name", "fresh", "roles", List.of(Map.of("_id", OWNER.toHexString(), "role", 7))),
                Map.of("unique_id", "i-known", "$inc", Map.of("boots", 1), "$unset", Map.of("legacy", ""),
                        "$addToSet", Map.of("tags", "c")),
                Map.of("name", "plain insert", "last_seen_at", "2021-10-15T10:00:00Z"),
                Map.of("_id", existing.toHexString(), "name", "renamed"),
                Map.of("unique_id", "i-known", "$pull", Map.of("tags", "a")));
        Map<String, Object> withNull = new java.util.LinkedHashMap<>(Map.of("_id", existing.toHexString()));
        withNull.put("cpu", null);
        List<Object> elements = new ArrayList<>(body);
        elements.add(withNull);

        Answer answer = call("PUT", "/servers", Map.of("body", elements));

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        JsonNode result = answer.body();
        assertThat(result.path("nInserted").asInt()).isEqualTo(1);
        assertThat(result.path("nUpserted").asInt()).isEqualTo(1);
        assertThat(result.path("nMatched").asInt()).as(result.toString()).isEqualTo(5);
        assertThat(result.path("nRemoved").asInt()).isZero();
        assertThat(result.path("upserted").size()).isEqualTo(1);
        assertThat(result.path("upserted").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(result.path("inserted").get(0).path("index").asInt()).isEqualTo(3);
        assertThat(result.path("writeErrors").size()).isZero();

        Document renamed = mongo.getCollection("servers").find(new Document("_id", existing)).first();
        assertThat(renamed.getString("name")).isEqualTo("renamed");
        assertThat(renamed.getInteger("cpu")).as("null values are skipped").isEqualTo(2);
        assertThat(renamed.get("updated_at")).isInstanceOf(Date.class);
        assertThat(renamed.get("created_at")).as("kept on update").isEqualTo(new Date(0));
        assertThat(renamed.getList("applications", Document.class).get(0).get("_id")).isEqualTo(app);

        Document fresh = mongo.getCollection("servers").find(new Document("unique_id", "i-new")).first();
        assertThat(fresh.getObjectId("_id").toHexString()).isEqualTo(result.path("upserted").get(0).path("_id").asString());
        assertThat(fresh.get("created_at")).isInstanceOf(Date.class);
        assertThat(fresh.getList("roles", Document.class).get(0).get("_id")).isEqualTo(OWNER);

        Document known = mongo.getCollection("servers").find(new Document("unique_id", "i-known")).first();
        assertThat(known.getInteger("boots")).isEqualTo(2);
        assertThat(known.containsKey("legacy")).isFalse();
        assertThat(known.getList("tags", String.class)).containsExactly("b", "c");

        Document plain = mongo.getCollection("servers").find(new Document("name", "plain insert")).first();
        assertThat(plain.getObjectId("_id").toHexString()).isEqualTo(result.path("inserted").get(0).path("_id").asString());
        assertThat(plain.get("created_at")).isInstanceOf(Date.class);
        assertThat(plain.get("updated_at")).isInstanceOf(Date.class);
        assertThat(plain.get("last_seen_at")).isInstanceOf(Date.class);
    }

    @Test
    void pushAndSetOperatorsPassThrough() throws Exception {
        ObjectId datacenter = new ObjectId();
        mongo.getCollection("datacenters").insertOne(new Document("_id", datacenter).append("name", "dc"));

        Answer answer = call("PUT", "/datacenters", Map.of("body", List.of(Map.of("_id", datacenter.toHexString(),
                "$addToSet", Map.of("tracker.server-list.c1.us-east-1", Map.of("$each", List.of("i-1", "i-2"))),
                "$push", Map.of("regions", "us-east-1"), "$set", Map.of("provider", "AWS")))));

        assertThat(answer.body().path("nModified").asInt()).isEqualTo(1);
        Document stored = mongo.getCollection("datacenters").find().first();
        assertThat(stored.get("tracker", Document.class).get("server-list", Document.class).get("c1", Document.class)
                .getList("us-east-1", String.class)).containsExactly("i-1", "i-2");
        assertThat(stored.getList("regions", String.class)).containsExactly("us-east-1");
        assertThat(stored.getString("provider")).isEqualTo("AWS");
    }

    @Test
    void badBulkElementsAreNamedAndNothingIsWritten() throws Exception {
        List<Object> body = List.of(
                Map.of("name", "fine"),
                "not an object",
                Map.of("unique_id", "x", "$where", "true"),
                Map.of("_id", "not-hex", "name", "y"),
                Map.of("unique_id", "z", "$rename!", Map.of("a", "b")),
                Map.of("unique_id", "z", "$inc", 5),
                Map.of("name", "insert with operator", "$inc", Map.of("n", 1)),
                Map.of("unique_id", "w", "name", "w", "$unset", Map.of("name", "")),
                Map.of("name", "nested", "meta", Map.of("$gt", 1)),
                Map.of("name", "nul inside", "meta", Map.of("a\u0000b", 1)),
                Map.of("name", "nul at the top", "a\u0000b", 1));

        Answer answer = call("PUT", "/servers", Map.of("body", body));

        assertThat(answer.status()).isEqualTo(422);
        String error = answer.body().path("error").asString();
        assertThat(error).startsWith("Nothing was written")
                .contains("body[1]: must be an object")
                .contains("body[2]: operator $where is not allowed")
                .contains("body[3]: _id must be a 24-hex ObjectId")
                .contains("body[4]: update operator $rename! is not supported")
                .contains("body[5]: $inc must be an object")
                .contains("body[6]: update operator $inc needs _id or unique_id")
                .contains("body[7]: path name is written twice")
                .contains("body[8]: field meta holds the key $gt")
                .contains("body[9]: field meta holds the key a\\u0000b")
                .contains("body[10]: a field name holds a NUL character")
                .doesNotContain("body[0]");
        assertThat(mongo.getCollection("servers").countDocuments()).isZero();
    }

    @Test
    void bulkBodiesAreBounded() throws Exception {
        List<Object> body = new ArrayList<>();
        for (int index = 0; index <= 5000; index++) {
            body.add(Map.of("name", "s" + index));
        }

        assertError(call("PUT", "/servers", Map.of("body", body)), 413, "at most 5000");
        assertError(call("PUT", "/servers", Map.of("items", List.of())), 400, "body is required");
        assertError(call("PUT", "/servers", Map.of("body", "{}")), 400, "body must be a JSON array");
        assertThat(mongo.getCollection("servers").countDocuments()).isZero();
        Answer empty = call("PUT", "/servers", Map.of("body", List.of()));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body().path("nInserted").asInt()).isZero();
    }

    @Test
    void storeRefusalsArePerElementWriteErrors() throws Exception {
        mongo.getCollection("events").createIndex(new Document("msg", 1), new IndexOptions().unique(true));

        Answer answer = call("PUT", "/events", Map.of("body", List.of(
                Map.of("msg", "one"), Map.of("msg", "one"), Map.of("msg", "two"))));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("nInserted").asInt()).as(answer.body().toString()).isEqualTo(2);
        assertThat(answer.body().path("writeErrors").size()).isEqualTo(1);
        assertThat(answer.body().path("writeErrors").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(answer.body().path("writeErrors").get(0).path("code").asInt()).isEqualTo(11000);
        assertThat(answer.body().path("inserted").size()).as("the refused element is not reported as inserted").isEqualTo(2);
        assertThat(mongo.getCollection("events").countDocuments()).isEqualTo(2);
    }

    @Test
    void providerIdentityIsIndexedUniqueAndSparse() throws Exception {
        indexes.ensure();
        mongo.getCollection("servers").insertMany(List.of(new Document("name", "manual 1"), new Document("name", "manual 2")));

        Answer answer = call("PUT", "/servers", Map.of("body", List.of(
                Map.of("unique_id", "i-1", "name", "a"), Map.of("unique_id", "i-1", "cpu", 4))));

        assertThat(answer.body().path("nUpserted").asInt()).isEqualTo(1);
        assertThat(answer.body().path("nMatched").asInt()).isEqualTo(1);
        assertThat(mongo.getCollection("servers").countDocuments()).as("documents without unique_id are not constrained").isEqualTo(3);
        assertThat(mongo.getCollection("servers").listIndexes().into(new ArrayList<>()))
                .anySatisfy(index -> assertThat(index).containsEntry("unique", true).containsEntry("sparse", true)
                        .containsEntry("key", new Document("unique_id", 1)));
    }

    // ---- connections -----------------------------------------------------------------------------------------

    @Test
    void connectionStateIsRecordedPerTask() throws Exception {
        ObjectId connection = new ObjectId();
        String sealed = new CredentialCipher(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRET_CRYPTO"))
                .seal(Map.of("access", "AKIA-data-app", "secret", "s3cr3t"));
        mongo.getCollection("connections").insertOne(new Document("_id", connection).append("name", "aws")
                .append("conn", sealed)
                .append("process", new Document("dbs-list", new Document("state", "danger"))));

        Answer marked = call("POST", "/connection/" + connection.toHexString(),
                Map.of("status", "success", "task", "server-list", "msg", "Success. At 2021-10-15"));
        Answer read = call("GET", "/connections/" + connection.toHexString(), null);

        assertThat(marked.status()).isEqualTo(200);
        JsonNode process = read.body().path("process");
        assertThat(process.path("server-list").path("state").asString()).isEqualTo("success");
        assertThat(process.path("server-list").path("msg").asString()).isEqualTo("Success. At 2021-10-15");
        assertThat(process.path("server-list").path("updated_at").asString()).endsWith("Z");
        assertThat(process.path("dbs-list").path("state").asString()).as("other tasks untouched").isEqualTo("danger");
        assertThat(marked.body().path("process").path("server-list").path("state").asString()).isEqualTo("success");
        assertThat(read.body().path("conn").asString()).as("credentials stay sealed, for discovery to open").isEqualTo(sealed);
    }

    @Test
    void badConnectionCallsAreRefused() throws Exception {
        ObjectId connection = new ObjectId();
        mongo.getCollection("connections").insertOne(new Document("_id", connection));
        String path = "/connections/" + connection.toHexString();

        assertError(call("POST", path, Map.of("status", "ok", "task", "server-list", "msg", "")), 422, "status must be one of");
        assertError(call("POST", path, Map.of("status", "success", "task", "a.b", "msg", "")), 422, "task must be");
        assertError(call("POST", path, Map.of("status", "success", "task", "$set", "msg", "")), 422, "task must be");
        assertError(call("POST", path, Map.of("status", "success", "msg", "")), 400, "task is required");
        assertError(call("POST", path, Map.of("status", "success", "task", "x", "msg", 5)), 422, "msg must be a string");
        assertError(call("POST", "/connections/" + new ObjectId().toHexString(),
                Map.of("status", "success", "task", "x", "msg", "")), 404, "Resource not found");
        assertError(call("GET", "/connection/nope", null), 404, "Resource not found");
    }

    // ---- aggregate -------------------------------------------------------------------------------------------

    @Test
    void aggregateRunsAnOwnerScopedPipeline() throws Exception {
        insertServers(3);
        mongo.getCollection("servers").insertOne(new Document("name", "someone else's")
                .append("roles", List.of(new Document("_id", new ObjectId()))));
        String pipeline = "[{\"$match\":{\"roles._id\":\"" + OWNER.toHexString() + "\"}},"
                + "{\"$group\":{\"_id\":\"$os\",\"total\":{\"$sum\":1}}},{\"$sort\":{\"_id\":1}}]";

        Answer answer = call("POST", "/aggregate", Map.of("entity", "servers", "pipeline", pipeline));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("items").size()).isEqualTo(1);
        assertThat(answer.body().path("items").get(0).path("total").asInt()).isEqualTo(3);
    }

    @Test
    void aggregateLookupsStayInsideTheAllowList() throws Exception {
        ObjectId app = new ObjectId();
        mongo.getCollection("applications").insertOne(new Document("_id", app).append("name", "web")
                .append("roles", List.of(new Document("_id", OWNER))));
        mongo.getCollection("servers").insertOne(new Document("name", "s1")
                .append("applications", List.of(new Document("_id", app))).append("roles", List.of(new Document("_id", OWNER))));

        Answer answer = call("POST", "/aggregate", Map.of("entity", "applications", "pipeline", List.of(
                Map.of("$match", Map.of("roles._id", OWNER.toHexString(), "_id", Map.of("$in", List.of(app.toHexString())))),
                Map.of("$lookup", Map.of("from", "servers", "localField", "_id", "foreignField", "applications._id", "as", "servers")))));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("items").get(0).path("servers").get(0).path("name").asString()).isEqualTo("s1");
    }

    @Test
    void badPipelinesAreRefused() throws Exception {
        Map<String, Object> owner = Map.of("$match", Map.of("roles._id", OWNER.toHexString()));

        assertError(call("POST", "/aggregate", Map.of("entity", "servers", "pipeline", List.of(Map.of("$match", Map.of("name", "x"))))),
                422, "roles._id");
        assertError(call("POST", "/aggregate", Map.of("entity", "servers", "pipeline", List.of(Map.of("$count", "n")))),
                422, "roles._id");
        assertError(call("POST", "/aggregate", Map.of("entity", "servers", "pipeline", List.of(owner, Map.of("$out", "users")))),
                422, "$out is refused");
        assertError(call("POST", "/aggregate", Map.of("entity", "servers", "pipeline", List.of(owner,
                Map.of("$facet", Map.of("x", List.of(Map.of("$merge", "users"))))))), 422, "$merge is refused");
        assertError(call("POST", "/aggregate", Map.of("entity", "servers", "pipeline", List.of(owner,
                Map.of("$lookup", Map.of("from", "users", "localField", "a", "foreignField", "b", "as", "u"))))),
                422, "from users is not allowed");
        assertError(call("POST", "/aggregate", Map.of("entity", "servers", "pipeline", List.of(owner, Map.of("$set", Map.of("a", 1))))),
                422, "use $addFields");
        assertError(call("POST", "/aggregate", Map.of("entity", "servers", "pipeline", List.of(owner,
                Map.of("$match", Map.of("$where", "1")))) ), 422, "$where");
        assertError(call("POST", "/aggregate", Map.of("entity", "users", "pipeline", List.of(owner))), 404, "Resource not found");
        assertError(call("POST", "/aggregate", Map.of("entity", "teams", "pipeline", List.of(owner))), 404, "Resource not found");
        assertError(call("POST", "/aggregate", Map.of("entity", "servers", "pipeline", "[oops")), 400, "pipeline is not valid JSON");
        assertError(call("POST", "/aggregate", Map.of("entity", "servers")), 400, "pipeline is required");
        assertError(call("POST", "/aggregate", Map.of("pipeline", List.of(owner))), 400, "entity is required");
    }

    // ---- sync ------------------------------------------------------------------------------------------------

    @Test
    void syncAppliesPositionalUpdatesToEveryMatchingDocument() throws Exception {
        ObjectId app = new ObjectId();
        ObjectId other = new ObjectId();
        for (int index = 0; index < 3; index++) {
            mongo.getCollection("servers").insertOne(new Document("name", "s" + index).append("applications", List.of(
                    new Document("_id", other).append("name", "db"), new Document("_id", app).append("name", "www"))));
        }
        mongo.getCollection("servers").insertOne(new Document("name", "unrelated")
                .append("applications", List.of(new Document("_id", other).append("name", "db"))));

        Answer answer = call("POST", "/sync", Map.of("entity", "servers",
                "query", "{\"applications._id\":\"" + app.toHexString() + "\"}",
                "body", "{\"applications.$.name\":\"www3a\"}"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("results").path("matched").asInt()).isEqualTo(3);
        assertThat(answer.body().path("results").path("modified").asInt()).isEqualTo(3);
        for (Document server : mongo.getCollection("servers").find(new Document("applications._id", app))) {
            assertThat(server.getList("applications", Document.class)).extracting(document -> document.getString("name"))
                    .containsExactly("db", "www3a");
        }
    }

    @Test
    void syncSetsPlainBodiesAndPassesOperators() throws Exception {
        ObjectId connection = new ObjectId();
        mongo.getCollection("servers").insertMany(List.of(
                new Document("unique_id", "i-1").append("accountant", List.of(connection.toHexString())).append("active", true),
                new Document("unique_id", "i-2").append("accountant", List.of(connection.toHexString())).append("active", true),
                new Document("unique_id", "i-3").append("accountant", List.of(connection.toHexString())).append("active", true)));

        Answer orphans = call("POST", "/sync", Map.of("entity", "servers",
                "query", Map.of("accountant", connection.toHexString(), "unique_id", Map.of("$nin", List.of("i-1"))),
                "body", Map.of("active", false)));
        Answer counted = call("POST", "/sync", Map.of("entity", "servers",
                "query", Map.of("unique_id", List.of("i-1", "i-2")), "body", Map.of("$inc", Map.of("seen", 1))));

        assertThat(orphans.body().path("results").path("modified").asInt()).isEqualTo(2);
        assertThat(counted.body().path("results").path("matched").asInt()).isEqualTo(2);
        assertThat(mongo.getCollection("servers").countDocuments(new Document("active", false))).isEqualTo(2);
        assertThat(mongo.getCollection("servers").countDocuments(new Document("seen", 1))).isEqualTo(2);
    }

    @Test
    void badSyncsAreRefused() throws Exception {
        assertError(call("POST", "/sync", Map.of("entity", "servers", "query", "{}", "body", "{\"a\":1}")), 422, "query must not be empty");
        assertError(call("POST", "/sync", Map.of("entity", "servers", "query", "{\"a\":1}", "body", "{}")), 422, "body must not be empty");
        assertError(call("POST", "/sync", Map.of("entity", "users", "query", "{\"a\":1}", "body", "{\"a\":2}")), 404, "Resource not found");
        assertError(call("POST", "/sync", Map.of("entity", "adminer", "query", "{\"a\":1}", "body", "{\"a\":2}")), 404, "Resource not found");
        assertError(call("POST", "/sync", Map.of("entity", "servers", "query", "{\"$where\":\"1\"}", "body", "{\"a\":2}")), 422, "$where");
        assertError(call("POST", "/sync", Map.of("entity", "servers", "query", "{\"a\":1}", "body", "{\"$eval\":{\"a\":2}}")),
                422, "update operator $eval is not supported");
        assertError(call("POST", "/sync", Map.of("entity", "servers", "query", "{\"a\":1}", "body", "{\"_id\":\"x\"}")),
                422, "_id cannot be changed");
        assertError(call("POST", "/sync", Map.of("entity", "servers", "query", "{broken", "body", "{\"a\":2}")), 400, "query is not valid JSON");
        assertError(call("POST", "/sync", Map.of("entity", "servers", "body", "{\"a\":2}")), 400, "query and body are required");
    }

    @Test
    void teamsAcceptSyncsOfMemberCopies() throws Exception {
        ObjectId user = new ObjectId();
        mongo.getCollection("teams").insertOne(new Document("name", "ops")
                .append("members", List.of(new Document("_id", user).append("email", "old@x.io"))));

        Answer answer = call("POST", "/sync", Map.of("entity", "teams", "query", Map.of("members._id", user.toHexString()),
                "body", Map.of("members.$.email", "new@x.io")));

        assertThat(answer.body().path("results").path("modified").asInt()).isEqualTo(1);
        assertThat(mongo.getCollection("teams").find().first().getList("members", Document.class).get(0).getString("email"))
                .isEqualTo("new@x.io");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private void insertServers(int count) {
        for (int index = 0; index < count; index++) {
            mongo.getCollection("servers").insertOne(new Document("name", "server-" + index).append("os", "Linux")
                    .append("roles", List.of(new Document("_id", OWNER).append("refs", "users").append("role", 7)))
                    .append("created_at", new Date(1_634_292_000_000L)).append("active", true));
        }
    }

    private Answer call(String method, String path, Object body) throws Exception {
        return callRaw(method, path, body == null ? null : JSON.writeValueAsString(body));
    }

    private Answer callRaw(String method, String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(request(method, path, body).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body()));
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        String token = new PrivateServiceTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH")).issue("test");
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "JWT " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    private static void assertError(Answer answer, int status, String message) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.body().path("error").asString()).as(answer.body().toString()).contains(message);
    }
}
