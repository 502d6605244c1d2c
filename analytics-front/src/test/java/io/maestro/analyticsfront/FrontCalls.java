package io.maestro.analyticsfront;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** Calls to a running analytics-front as analytics-app and as signed-in readers make them, and the map they send. */
final class FrontCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SVG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
            + " viewBox=\"0 0 100 100\" width=\"100\" height=\"100\"><polygon class=\"boundary\" id=\"app-a1\" "
            + "data-app=\"a1\" points=\"0,0 10,0 10,10\"/><g id=\"tool-a1\" visibility=\"hidden\"><text>web</text></g>"
            + "</svg>";
    static final byte[] PNG = {1, 2};
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private FrontCalls() {
    }

    static HttpResponse<String> send(ConfigurableApplicationContext front, String method, String path,
            String authorization, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + ((WebServerApplicationContext) front).getWebServer().getPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String session(ObjectId user) {
        return "JWT " + new UserSessionTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT"),
                Duration.ofHours(1)).issue(new SessionUser(user.toHexString(), "User", "user@example.com", null));
    }

    static String service() {
        return "JWT " + new PrivateServiceTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH")).issue("analytics-app");
    }

    /** {@code POST /graphs} as analytics-app sends a drawn map of one application. */
    static HttpResponse<String> storeMap(ConfigurableApplicationContext front, ObjectId graph, ObjectId owner)
            throws Exception {
        return send(front, "POST", "/graphs", service(), Map.of("graph_id", graph.toHexString(), "owner_id",
                owner.toHexString(), "total", 1, "svg", SVG, "png", Base64.getEncoder().encodeToString(PNG),
                "drawio", "<mxfile/>", "mermaid", "flowchart LR\n  aa1[\"web\"]\n",
                "details", Map.of("info", Map.of("density", 0.5, "conections", 1), "apps", List.of(Map.of("_id", "a1",
                        "name", "web </script><script>alert(1)</script>", "family", "Application", "servers",
                        List.of())))));
    }
}
