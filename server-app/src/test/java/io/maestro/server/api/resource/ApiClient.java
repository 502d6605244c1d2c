package io.maestro.server.api.resource;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HTTP calls against the booted server-app with user session tokens, and the users behind those tokens. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final UserSessionTokens TOKENS =
            new UserSessionTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT"), Duration.ofHours(1));

    private final int port;
    private final MongoTemplate mongo;

    public ApiClient(int port, MongoTemplate mongo) {
        this.port = port;
        this.mongo = mongo;
    }

    /** A signed-in user: an active {@code users} document and a session token for it. */
    public record User(String id, String name, String email, String token) {
    }

    /** The answer: status and body (a missing node when the body is empty). */
    public record Reply(int status, JsonNode body, String raw) {

        public JsonNode at(String pointer) {
            return body.at(pointer);
        }
    }

    public User newUser(String label) {
        ObjectId id = new ObjectId();
        String name = label + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@maestro.test";
        mongo.getCollection("users").insertOne(new Document("_id", id).append("name", name).append("email", email)
                .append("active", true));
        return new User(id.toHexString(), name, email, TOKENS.issue(new SessionUser(id.toHexString(), name, email, null)));
    }

    public Reply get(User user, String path) {
        return call("GET", path, user, null);
    }

    public Reply post(User user, String path, Object body) {
        return call("POST", path, user, body);
    }

    public Reply put(User user, String path, Object body) {
        return call("PUT", path, user, body);
    }

    public Reply patch(User user, String path, Object body) {
        return call("PATCH", path, user, body);
    }

    public Reply delete(User user, String path) {
        return call("DELETE", path, user, null);
    }

    public Reply call(String method, String path, User user, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (user != null) {
                request.header("Authorization", "JWT " + user.token());
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? JSON.missingNode() : readOrText(response.body());
            return new Reply(response.statusCode(), json, response.body());
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(method + " " + path + " failed", failure);
        }
    }

    private static JsonNode readOrText(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().stringNode(body);
        }
    }
}
