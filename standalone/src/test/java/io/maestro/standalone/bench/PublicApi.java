package io.maestro.standalone.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A benchmark's user of server-app's public API: signed up and in, then calling it with the session token. */
final class PublicApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
    private final String server;
    private String token;

    PublicApi(String serverUrl) {
        this.server = serverUrl;
    }

    /** Signs up a new user and signs in as them. */
    void signUpAndIn(String name, String email) throws Exception {
        String password = "s3cret-pass";
        call("POST", "/users", Map.of("name", name, "email", email, "password", password), 201);
        token = call("POST", "/users/auth", Map.of("email", email, "password", password), 200).path("token").asString();
    }

    /** The session token, for calls made another way (a download read as a stream). */
    String token() {
        return token;
    }

    HttpResponse<String> send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's JSON; fails unless the status is {@code expected}. */
    JsonNode call(String method, String path, Object body, int expected) throws Exception {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
