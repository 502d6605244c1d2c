package io.maestro.server.api.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What one request may carry, so that none can take the runtime down: a body of at most 1 MB, arrays (record fields,
 * ACLs) of at most 1000 items, headers within the container's limit, and a validation answer of at most 50 details.
 */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class RequestLimitsApiTest {

    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    User user;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port, mongo);
        user = api.newUser("limits");
    }

    long serversOfUser() {
        return mongo.getCollection("servers").countDocuments(new Document("owner._id", new ObjectId(user.id())));
    }

    @Test
    void aTwentyMegabyteBodyIs413AndTheServiceStillAnswers() {
        Reply refused = api.post(user, "/servers", "{\"name\":\"" + "x".repeat(TWENTY_MB) + "\"}");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.at("/err/name").asString()).isEqualTo("PayloadTooLargeError");
        assertThat(refused.at("/err/errors").asString()).isEqualTo("The request body is larger than the limit of 1048576 bytes");
        assertThat(api.get(user, "/servers").status()).isEqualTo(200);
        assertThat(api.post(user, "/servers", Map.of("name", "after-the-big-one")).status()).isEqualTo(201);
        assertThat(serversOfUser()).isEqualTo(1);
    }

    @Test
    void aChunkedTwentyMegabyteBodyIs413Too() throws Exception {
        byte[] body = ("{\"name\":\"" + "x".repeat(TWENTY_MB) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/servers"))
                .header("Authorization", "JWT " + user.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(ApiClient.JSON.readTree(refused.body()).at("/err/name").asString()).isEqualTo("PayloadTooLargeError");
        assertThat(serversOfUser()).isZero();
    }

    @Test
    void anArrayFieldOfMoreThanAThousandItemsIs422WithOneDetail() {
        List<Map<String, String>> tags = IntStream.range(0, 1001).mapToObj(i -> Map.of("key", "k" + i, "value", "v")).toList();

        Reply refused = api.post(user, "/servers", Map.of("name", "tagged", "tags", tags));
        Reply accepted = api.post(user, "/servers", Map.of("name", "tagged", "tags", tags.subList(0, 1000)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/err/errors")).hasSize(1);
        assertThat(refused.at("/err/errors/0/path").toString()).isEqualTo("[\"tags\"]");
        assertThat(refused.at("/err/errors/0/type").asString()).isEqualTo("array.max");
        assertThat(refused.at("/err/errors/0/context/limit").asInt()).isEqualTo(1000);
        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void anAclOfMoreThanAThousandEntriesIs422AndTheAclIsKept() {
        String id = api.post(user, "/servers", Map.of("name", "shared")).at("/_id").asString();
        List<Map<String, Object>> entries = IntStream.range(0, 1001)
                .mapToObj(i -> Map.<String, Object>of("_id", new ObjectId().toHexString(), "refs", "users", "role", 7)).toList();

        Reply refused = api.put(user, "/servers/" + id + "/roles", entries);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/err/errors")).hasSize(1);
        assertThat(refused.at("/err/errors/0/type").asString()).isEqualTo("array.max");
        assertThat(refused.at("/err/errors/0/context/limit").asInt()).isEqualTo(1000);
        Document stored = mongo.getCollection("servers").find(new Document("_id", new ObjectId(id))).first();
        assertThat(stored.getList("roles", Document.class)).hasSize(1);
    }

    @Test
    void aRequestFailingInManyWaysGetsTheFirstFiftyDetailsAndTheirTotal() {
        Map<String, Object> os = new LinkedHashMap<>();
        IntStream.range(0, 40_000).forEach(i -> os.put("k" + i, 1));

        Reply refused = api.post(user, "/servers", Map.of("name", "s", "os", os));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/err/errors")).hasSize(50);
        assertThat(refused.at("/err/errors/0/path").toString()).isEqualTo("[\"os\",\"k0\"]");
        assertThat(refused.at("/err/total").asInt()).isEqualTo(40_000);
        assertThat(refused.raw().length()).isLessThan(20_000);
    }

    @Test
    void headersOverTheContainersLimitGetTheEnvelope() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/servers"))
                .header("Authorization", "JWT " + user.token()).header("X-Padding", "x".repeat(20_000)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isIn(400, 431);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode error = ApiClient.JSON.readTree(refused.body()).path("err");
        assertThat(error.path("name").asString()).isEqualTo("BadRequestError");
        assertThat(error.path("errors").asString()).contains("headers");
    }
}
