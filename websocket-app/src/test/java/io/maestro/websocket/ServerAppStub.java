package io.maestro.websocket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * A stand-in server-app for the session check at {@code connect}: {@code GET /me} answers 200 for every token, except
 * the tokens a test has ended (401, as server-app answers for a deleted user or a token older than a password change).
 * One per test JVM, shared by the test classes.
 */
final class ServerAppStub {

    private static final WireMockServer SERVER = start();

    private ServerAppStub() {
    }

    static String baseUrl() {
        return SERVER.baseUrl();
    }

    /** server-app refuses this token from now on. */
    static void endSession(String token) {
        SERVER.stubFor(get("/me").atPriority(1).withHeader("Authorization", equalTo("JWT " + token))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"err\":{\"name\":\"PermissionError\"}}")));
    }

    /** server-app answers this token with a server error (as when it cannot reach its store). */
    static void failFor(String token) {
        SERVER.stubFor(get("/me").atPriority(1).withHeader("Authorization", equalTo("JWT " + token))
                .willReturn(aResponse().withStatus(503)));
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get("/me").atPriority(10).willReturn(okJson("{}")));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
