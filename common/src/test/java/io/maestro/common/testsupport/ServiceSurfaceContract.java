package io.maestro.common.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every Maestro service answers without a token: {@code GET /}, health, metrics, OpenAPI. A service's
 * boot test extends this with its own {@link MaestroApiTest}.
 */
public abstract class ServiceSurfaceContract {

    protected static final HttpClient HTTP = HttpClient.newHttpClient();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    /** The {@code app} name the service reports on {@code GET /}. */
    protected abstract String expectedAppName();

    /** Health components the service must report UP besides its own liveness (e.g. {@code mongo}). */
    protected abstract List<String> expectedHealthComponents();

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rootDescribesTheService() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("app").asString()).isEqualTo(expectedAppName());
        assertThat(body.path("description").asString()).isNotBlank();
        assertThat(body.path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void healthIsUpWithItsStores() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        for (String component : expectedHealthComponents()) {
            assertThat(body.path("components").path(component).path("status").asString())
                    .as("health component %s in %s", component, response.body()).isEqualTo("UP");
        }
    }

    /** What the containers' health checks and Kubernetes' probes call (deploy/, k8s/). */
    @Test
    void livenessAndReadinessGroupsAnswer() throws Exception {
        for (String group : new String[] {"liveness", "readiness"}) {
            HttpResponse<String> response = get("/actuator/health/" + group);
            assertThat(response.statusCode()).as(group + ": " + response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("status").asString()).isEqualTo("UP");
        }
    }

    /**
     * Requests are observed whole, but the security chain is not observed filter by filter (docs/performance.md,
     * "Writes"): after requests through it, the metrics have {@code http_server_requests} and no
     * {@code spring_security_*} series.
     */
    @Test
    void prometheusMetricsAreExposedWithoutTheSecurityChainObservedFilterByFilter() throws Exception {
        get("/");
        get("/no-such-route");
        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("http_server_requests")
                .doesNotContain("spring_security_");
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(docs.body());
        assertThat(body.path("openapi").asString()).startsWith("3.");
        assertThat(body.path("paths").has("/")).isTrue();
        HttpResponse<String> ui = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/swagger-ui/index.html")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }

    /** What an anonymous request for an unknown path gets: 401 where everything else needs a token. */
    protected int anonymousUnknownPathStatus() {
        return 401;
    }

    @Test
    void anonymousUnknownPathIsRefused() throws Exception {
        assertThat(get("/no-such-route").statusCode()).isEqualTo(anonymousUnknownPathStatus());
    }

    protected static Map<String, String> secrets() {
        return MaestroTestEnvironment.SECRETS;
    }
}
