package io.maestro.server.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one answer to a failed peer call (docs/architecture.md "Peer failures"), through two routes that only pass a
 * peer's answer on: {@code GET /providers} (discovery-app) and {@code GET /me/audit} (audit-app, 501 before).
 */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class PeerFailuresApiTest {

    static final WireMockServer PEERS = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    User user;

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        PEERS.start();
        registry.add("maestro.peers.discovery", PEERS::baseUrl);
        registry.add("maestro.peers.audit", PEERS::baseUrl);
        registry.add("maestro.timeout", () -> "2000");
    }

    @AfterAll
    static void stop() {
        PEERS.stop();
    }

    @BeforeEach
    void setUp() {
        PEERS.resetAll();
        api = new ApiClient(port, mongo);
        user = api.newUser("peers");
    }

    private Reply providersWhenDiscovery(ResponseDefinitionBuilder answer) {
        PEERS.stubFor(get(urlPathEqualTo("/available/info")).willReturn(answer));
        return api.get(user, "/providers");
    }

    private Reply historyWhenAudit(ResponseDefinitionBuilder answer) {
        PEERS.stubFor(get(urlPathEqualTo("/audit/users/" + user.id())).willReturn(answer));
        return api.get(user, "/me/audit?limit=abc");
    }

    @Test
    void unreachableIs503() {
        assertFailure(providersWhenDiscovery(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                503, "HTTPError", "discovery-app is unreachable");
        assertFailure(historyWhenAudit(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                503, "HTTPError", "audit-app is unreachable");
    }

    @Test
    void tooSlowIs504() {
        assertFailure(providersWhenDiscovery(okJson("{}").withFixedDelay(6_000)),
                504, "HTTPError", "discovery-app did not answer in time");
    }

    @Test
    void failingIs502() {
        assertFailure(providersWhenDiscovery(aResponse().withStatus(500).withBody("at 10.0.0.7")),
                502, "HTTPError", "discovery-app failed with 500");
        assertFailure(historyWhenAudit(aResponse().withStatus(503)), 502, "HTTPError", "audit-app failed with 503");
    }

    @Test
    void aRefusalOfWhatTheCallerSentIsTheCallersOwn4xxAndAnyOtherRefusal502() {
        assertFailure(historyWhenAudit(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                        .withBody("{\"err\":{\"name\":\"ValidatorError\",\"errors\":\"limit must be a number\"}}")),
                422, "ValidatorError", "limit must be a number");
        assertFailure(providersWhenDiscovery(aResponse().withStatus(401).withBody("{\"error\":{\"msg\":\"bad token\"}}")),
                502, "HTTPError", "discovery-app refused the call with 401");
    }

    private static void assertFailure(Reply reply, int status, String name, String errors) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.at("/err/name").asString()).isEqualTo(name);
        assertThat(reply.at("/err/errors").asString()).isEqualTo(errors);
        assertThat(reply.raw()).doesNotContain("127.0.0.1", "localhost", "10.0.0.7", "java.");
    }
}
