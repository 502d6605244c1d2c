package io.maestro.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Business maps end to end, all services in one JVM: a graph made through server-app is drawn by analytics-app (its
 * queue on the broker, the inventory through data-app) and stored by analytics-front; its owner opens it, a stranger
 * cannot, and its public link works until it is revoked.
 */
class AnalyticsStandaloneTest {

    /** Services on 19500-25400, clear of the other standalone tests and of ephemeral ports. */
    private static final int PORT_OFFSET = 14500;
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    private StandaloneSettings settings;

    @Test
    void aGraphIsDrawnReadByItsOwnerOnlyAndSharedUntilRevoked() throws Exception {
        settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            String alice = signUpAndIn("Alice", "alice@example.com");
            String bob = signUpAndIn("Bobby", "bob@example.com");
            JsonNode database = call("POST", "/applications", alice, Map.of("name", "shop-db", "family", "Database"));
            JsonNode api = call("POST", "/applications", alice, Map.of("name", "shop-api", "family", "Application",
                    "deps", List.of(Map.of("_id", id(database), "name", "shop-db", "endpoint", "tcp://db:5432"))));
            JsonNode gateway = call("POST", "/applications", alice, Map.of("name", "shop-gw", "family", "ApiGateway",
                    "deps", List.of(Map.of("_id", id(api), "name", "shop-api"))));
            call("POST", "/servers", alice, Map.of("name", "api-1", "hostname", "api-1", "ipv4_private", "10.0.0.1", "cpu", 2,
                    "memory", 4, "applications", List.of(Map.of("_id", id(api), "name", "shop-api"))));
            JsonNode system = call("POST", "/system", alice, Map.of("name", "Shop",
                    "entry", List.of(Map.of("_id", id(gateway), "name", "shop-gw"))));

            JsonNode graph = call("POST", "/graphs", alice, Map.of("name", "Shop map", "type", "bussiness",
                    "systems", List.of(Map.of("_id", id(system), "name", "Shop"))));
            JsonNode drawn = ended(alice, id(graph));
            assertThat(drawn.path("status").asString()).as(drawn.toString()).isEqualTo("finished");
            assertThat(drawn.path("info").path("conections").asInt()).isEqualTo(2);
            assertThat(drawn.path("iservers").path("total").asInt()).isEqualTo(1);

            String view = JSON.readTree(front("POST", "/graphs/" + id(graph) + "/view", alice).body())
                    .path("token").asString();
            HttpResponse<String> page = front("GET", "/graphs/" + id(graph) + "?view=" + view, null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"tool-" + id(api) + "\"", "api-1");
            assertThat(front("GET", "/graphs/" + id(graph) + "?ext=png", alice).statusCode()).isEqualTo(200);
            assertThat(front("GET", "/graphs/" + id(graph) + "?ext=svg", bob).statusCode()).isEqualTo(404);
            assertThat(front("POST", "/graphs/" + id(graph) + "/view", bob).statusCode()).isEqualTo(404);

            JsonNode shared = call("POST", "/graphs/" + id(graph) + "/public", alice, Map.of("public", true));
            String link = "/graphs/public/" + id(graph) + "?token=" + shared.path("token").asString();
            assertThat(front("GET", link, null).statusCode()).isEqualTo(200);
            assertThat(send("POST", "/graphs/" + id(graph) + "/public", bob, Map.of("public", false)).statusCode())
                    .isEqualTo(404);
            call("POST", "/graphs/" + id(graph) + "/public", alice, Map.of("public", false));
            assertThat(front("GET", link, null).statusCode()).isEqualTo(404);

            call("PUT", "/graphs/" + id(graph), alice, Map.of("name", "Shop map", "type", "bussiness",
                    "apps", List.of(Map.of("_id", id(api), "name", "shop-api"))));
            JsonNode redrawn = ended(alice, id(graph));
            assertThat(redrawn.path("status").asString()).as(redrawn.toString()).isEqualTo("finished");
            assertThat(redrawn.path("info").path("conections").asInt()).isEqualTo(1);
        }
    }

    /** The graph once analytics-app is done with it (after a save it is {@code process} until then). */
    private JsonNode ended(String token, String graphId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Thread.sleep(300);
        while (System.nanoTime() < deadline) {
            JsonNode graph = call("GET", "/graphs/" + graphId, token, null);
            if (!"process".equals(graph.path("status").asString())) {
                return graph;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("graph " + graphId + " was not drawn within " + WAIT);
    }

    private static String id(JsonNode record) {
        return record.path("_id").asString();
    }

    private String signUpAndIn(String name, String email) throws Exception {
        String password = "secret-" + name;
        call("POST", "/users", null, Map.of("name", name, "email", email, "password", password));
        return call("POST", "/users/auth", null, Map.of("email", email, "password", password)).path("token").asString();
    }

    private JsonNode call(String method, String path, String token, Object body) throws Exception {
        HttpResponse<String> response = send(method, path, token, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
        return request(settings.publicUrl(MaestroService.SERVER) + path, method, token, body);
    }

    private HttpResponse<String> front(String method, String path, String token) throws Exception {
        return request(settings.publicUrl(MaestroService.ANALYTICS_FRONT) + path, method, token, null);
    }

    private static HttpResponse<String> request(String url, String method, String token, Object body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
