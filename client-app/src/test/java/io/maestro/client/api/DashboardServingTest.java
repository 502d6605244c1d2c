package io.maestro.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.client.ClientApplication;
import io.maestro.common.testsupport.MaestroApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How client-app serves the SPA (a stand-in build under src/test/resources/static): the page for browsers at
 * {@code /}, the service description for everyone else, runtime settings from the environment, cache headers.
 */
@MaestroApiTest(classes = ClientApplication.class,
        properties = {"spring.config.name=client-app", "API_URL=https://api.example.com/", "THEME=wine", "LOGO= ",
            "WEBSOCKET_URL=wss://ws.example.com/connection/websocket"})
class DashboardServingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void browserGetsTheDashboardAtRootAndIsToldToRevalidateIt() throws Exception {
        HttpResponse<String> page = get("/", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<div id=\"app\"></div>", "/config.js");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");

        HttpResponse<String> index = get("/index.html", "text/html");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    @Test
    void healthChecksAndScriptsStillGetTheServiceDescriptionAtRoot() throws Exception {
        for (String accept : new String[] {null, "application/json", "*/*"}) {
            HttpResponse<String> info = get("/", accept);
            assertThat(info.statusCode()).as("Accept %s", accept).isEqualTo(200);
            assertThat(JsonMapper.builder().build().readTree(info.body()).path("app").asString()).isEqualTo("client-app");
        }
    }

    @Test
    void runtimeSettingsComeFromTheEnvironmentAndBlankOnesAreLeftToThePage() throws Exception {
        HttpResponse<String> script = get("/config.js", "*/*");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/javascript"));
        assertThat(script.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(script.body()).startsWith("window.MAESTRO_CONFIG = ").endsWith(";\n");

        String json = script.body().substring("window.MAESTRO_CONFIG = ".length(), script.body().length() - 2);
        JsonNode settings = JsonMapper.builder().build().readTree(json);
        assertThat(settings.path("apiUrl").asString()).isEqualTo("https://api.example.com/");
        assertThat(settings.path("theme").asString()).isEqualTo("wine");
        assertThat(settings.path("websocketUrl").asString()).isEqualTo("wss://ws.example.com/connection/websocket");
        assertThat(settings.has("logo")).isFalse();
        assertThat(settings.has("staticUrl")).isFalse();
        assertThat(settings.has("analyticsUrl")).isFalse();
    }

    @Test
    void hashedAssetsAreCachedForAYear() throws Exception {
        HttpResponse<String> asset = get("/assets/index-Test1234.js", "*/*");
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
    }

    @Test
    void unknownPathsAreNotFoundEvenForBrowsersBecauseTheRouterUsesTheHash() throws Exception {
        assertThat(get("/dashboard/servers", "text/html").statusCode()).isEqualTo(404);
        assertThat(get("/assets/missing-0000.js", "*/*").statusCode()).isEqualTo(404);
    }
}
