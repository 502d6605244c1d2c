package io.maestro.server.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import io.maestro.server.ServerApplication;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /versions}: server-app plus the nine other services, each UP or DOWN as its {@code GET /} answers. */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class VersionsTest {

    static final WireMockServer DATA_APP = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String PEER_KEYS = "discovery report analytics analytics-front audit websocket scheduler client";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) throws Exception {
        DATA_APP.start();
        DATA_APP.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"app\":\"data-app\",\"description\":\"Maestro data gateway\",\"version\":\"0.7.0\"}")));
        registry.add("maestro.peers.data", DATA_APP::baseUrl);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        for (String key : PEER_KEYS.split(" ")) {
            registry.add("maestro.peers." + key, () -> "http://127.0.0.1:" + closedPort);
        }
    }

    @AfterAll
    static void stop() {
        DATA_APP.stop();
    }

    HttpResponse<String> versions(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/versions"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void needsASignedInUser() throws Exception {
        assertThat(versions(null).statusCode()).isEqualTo(401);
    }

    @Test
    void listsEveryServiceUpOrDown() throws Exception {
        mongo.save(new Document("_id", new ObjectId("5f1c0c6e2b3a4d5e6f708192")).append("name", "alice")
                .append("email", "alice@example.com").append("active", true), "users");
        String token = new UserSessionTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT"), Duration.ofHours(1))
                .issue(new SessionUser("5f1c0c6e2b3a4d5e6f708192", "alice", "alice@example.com", null));
        HttpResponse<String> response = versions("JWT " + token);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.size()).isEqualTo(10);
        List<String> apps = new ArrayList<>();
        body.forEach(entry -> apps.add(entry.path("app").asString()));
        assertThat(apps).containsExactly("server-app", "data-app", "discovery-app", "reports-app", "analytics-app",
                "analytics-front", "audit-app", "websocket-app", "scheduler-app", "client-app");
        assertThat(body.get(0).path("status").asString()).isEqualTo("UP");
        JsonNode data = body.get(1);
        assertThat(data.path("status").asString()).as(data.toString()).isEqualTo("UP");
        assertThat(data.path("version").asString()).isEqualTo("0.7.0");
        assertThat(data.path("object").asString()).isEqualTo("DataHTTPService");
        // 0.6's names and objects for the services it listed
        List<String> names = new ArrayList<>();
        body.forEach(entry -> names.add(entry.path("name").asString() + "/" + entry.path("object").asString()));
        assertThat(names).contains("Discovery/DiscoveryHTTPService", "Report/ReportHTTPService",
                "Analytics/AnalyticsHTTPService", "Audit/AuditHTTPService");
        for (int i = 2; i < 10; i++) {
            assertThat(body.get(i).path("status").asString()).as(body.get(i).toString()).isEqualTo("DOWN");
            assertThat(body.get(i).path("message").asString()).isEqualTo(body.get(i).path("app").asString() + " is unreachable");
        }
        assertThat(response.body()).doesNotContain("127.0.0.1", "java.");
    }
}
