package io.maestro.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** server-app's public API as a user of a standalone runtime meets it: sign-up, sign-in and JSON calls. */
final class StandaloneApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String serverUrl;

    StandaloneApi(StandaloneSettings settings) {
        this.serverUrl = settings.publicUrl(MaestroService.SERVER);
    }

    /** Signs a new user up and in; the password is {@code secret-<first word of the name>}. */
    String signUpAndIn(String name, String email) throws Exception {
        String password = "secret-" + name.split(" ")[0];
        call("POST", "/users", null, Map.of("name", name, "email", email, "password", password));
        return call("POST", "/users/auth", null, Map.of("email", email, "password", password)).path("token").asString();
    }

    /** The answer of a call that must succeed (2xx); a missing node when it has no body. */
    JsonNode call(String method, String path, String token, Object body) throws Exception {
        HttpResponse<String> response = send(method, path, token, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
    }

    /** {@code GET path} that must succeed, for probes that poll (failures unchecked). */
    JsonNode read(String path, String token) {
        try {
            return call("GET", path, token, null);
        } catch (Exception unreadable) {
            throw new IllegalStateException("GET " + path, unreadable);
        }
    }

    int status(String method, String path, String token) throws Exception {
        return send(method, path, token, null).statusCode();
    }

    HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
        return sendText(method, path, token, body == null ? null : JSON.writeValueAsString(body));
    }

    /** A request with {@code body} sent as it is, as JSON; no body at all when it is null. */
    HttpResponse<String> sendText(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(serverUrl + path));
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(serverUrl + path));
    }

    /** The user id inside a session token's claims. */
    static String idOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return JSON.readTree(payload).path("_id").asString();
    }

    static String id(JsonNode record) {
        return record.path("_id").asString();
    }
}
