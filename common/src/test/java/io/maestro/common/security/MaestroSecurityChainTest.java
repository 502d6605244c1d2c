package io.maestro.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.config.ServiceWithoutMongoOrBroker;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The default chain, booted the way a service boots it, for each kind of default caller. */
class MaestroSecurityChainTest {

    static final String PRIVATE = MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE");
    static final String NOAUTH = MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH");
    static final String SESSION = MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT");
    static final SessionUser ALICE = new SessionUser("5f1c0c6e2b3a4d5e6f708192", "alice", "alice@example.com", null);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @ServiceWithoutMongoOrBroker
    @RestController
    static class ProbeApp {
        @GetMapping("/probe")
        String probe(@AuthenticationPrincipal Object caller) {
            return caller instanceof SessionUser user ? "user:" + user.email()
                    : caller instanceof ServiceCaller service ? "service:" + service.app() : "anonymous";
        }
    }

    static HttpResponse<String> get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String serviceToken() {
        return new PrivateServiceTokens(PRIVATE, NOAUTH).issue("discovery-app");
    }

    static String userToken() {
        return new UserSessionTokens(SESSION, Duration.ofHours(1)).issue(ALICE);
    }

    @Nested
    @MaestroApiTest(classes = ProbeApp.class, properties = {
            "spring.config.name=none", "maestro.app.name=probe", "maestro.app.version=1.0.0",
            "maestro.required-secrets=MAESTRO_SECRETJWT,MAESTRO_SECRETJWT_PRIVATE,MAESTRO_NOAUTH"})
    class InternalService {
        @LocalServerPort
        int port;

        @Test
        void serviceTokenWithAnySchemeIsAccepted() throws Exception {
            assertThat(get(port, "/probe", "JWT " + serviceToken()).body()).isEqualTo("service:discovery-app");
            assertThat(get(port, "/probe", "Bearer " + serviceToken()).statusCode()).isEqualTo(200);
            assertThat(get(port, "/probe", "Token " + serviceToken()).statusCode()).isEqualTo(200);
        }

        @Test
        void missingOrWrongTokenIs401WithThe06Body() throws Exception {
            for (String header : new String[] {null, "JWT garbage", "JWT " + new PrivateServiceTokens(PRIVATE, "wrong-noauth").issue("x")}) {
                HttpResponse<String> response = get(port, "/probe", header);
                assertThat(response.statusCode()).isEqualTo(401);
                assertThat(response.body()).startsWith("{\"error\":{\"msg\":");
            }
        }

        @Test
        void expiredServiceTokenIs401() throws Exception {
            Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(10)), ZoneOffset.UTC);
            String expired = new PrivateServiceTokens(PRIVATE, NOAUTH, Duration.ofMinutes(5), past).issue("x");
            assertThat(get(port, "/probe", "JWT " + expired).statusCode()).isEqualTo(401);
        }

        @Test
        void userTokenIsNotEnoughForAnInternalRoute() throws Exception {
            assertThat(get(port, "/probe", "JWT " + userToken()).statusCode()).isEqualTo(401);
        }

        @Test
        void rootStaysOpen() throws Exception {
            assertThat(get(port, "/", null).statusCode()).isEqualTo(200);
        }
    }

    @Nested
    @MaestroApiTest(classes = ProbeApp.class, properties = {
            "spring.config.name=none", "maestro.app.name=probe", "maestro.app.version=1.0.0",
            "maestro.security.default-caller=user", "MAESTRO_CORS_ORIGINS=http://localhost:8080, http://127.0.0.1:8080",
            "maestro.required-secrets=MAESTRO_SECRETJWT,MAESTRO_SECRETJWT_PRIVATE,MAESTRO_NOAUTH"})
    class PublicApi {
        @LocalServerPort
        int port;

        @Test
        void sessionTokenWithJwtOrBearerIsAccepted() throws Exception {
            assertThat(get(port, "/probe", "JWT " + userToken()).body()).isEqualTo("user:alice@example.com");
            assertThat(get(port, "/probe", "Bearer " + userToken()).body()).isEqualTo("user:alice@example.com");
        }

        @Test
        void missingTamperedOrExpiredTokenIsPlain401() throws Exception {
            Clock past = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
            String expired = new UserSessionTokens(SESSION, Duration.ofHours(1), past).issue(ALICE);
            String token = userToken();
            String tampered = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
            for (String header : new String[] {null, "JWT " + expired, "JWT " + tampered, "Basic abc"}) {
                HttpResponse<String> response = get(port, "/probe", header);
                assertThat(response.statusCode()).as(String.valueOf(header)).isEqualTo(401);
                assertThat(response.body()).isEqualTo("Unauthorized");
            }
        }

        @Test
        void theDashboardsOriginMayCallAndOthersMayNot() throws Exception {
            HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/probe"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://127.0.0.1:8080")
                    .header("Access-Control-Request-Method", "PATCH")
                    .header("Access-Control-Request-Headers", "authorization,content-type").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.statusCode()).isEqualTo(200);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:8080");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("PATCH");

            HttpResponse<String> call = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/probe"))
                    .header("Origin", "http://localhost:8080").header("Authorization", "JWT " + userToken()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(call.statusCode()).isEqualTo(200);
            assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:8080");

            HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/probe"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "http://evil.example")
                    .header("Access-Control-Request-Method", "GET").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(foreign.statusCode()).isEqualTo(403);
            assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }

        @Test
        void serviceTokenDoesNotActAsAUser() throws Exception {
            assertThat(get(port, "/probe", "JWT " + serviceToken()).statusCode()).isEqualTo(401);
        }
    }
}
