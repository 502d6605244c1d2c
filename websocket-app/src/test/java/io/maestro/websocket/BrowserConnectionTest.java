package io.maestro.websocket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.maestro.websocket.PublishApi.broadcast;
import static io.maestro.websocket.PublishApi.disconnect;
import static io.maestro.websocket.PublishApi.newId;
import static io.maestro.websocket.PublishApi.publish;
import static io.maestro.websocket.PublishApi.tokenFor;
import static io.maestro.websocket.PublishApi.unsubscribe;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.AuthorizationHeader;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.common.token.SessionUser;
import io.maestro.common.token.UserSessionTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser endpoint: connect with a session JWT that server-app still accepts (a stand-in server-app), subscribe
 * only to one's own and one's teams' channels (team membership answered by a WireMock data-app), receive exactly what
 * is published there, heartbeats; sessions and subscriptions ended at once by server-app's session commands.
 */
@MaestroApiTest(classes = WebsocketApplication.class,
        properties = {"spring.config.name=websocket-app", "maestro.websocket.ping-interval=1s",
                "maestro.websocket.connect-timeout=3s"})
class BrowserConnectionTest {

    private static final int POLICY_VIOLATION = 1008;
    private static final int TRY_AGAIN_LATER = 1013;
    private static final Duration QUIET = Duration.ofMillis(400);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer DATA_APP = new WireMockServer(options().dynamicPort());

    static {
        DATA_APP.start();
    }

    @DynamicPropertySource
    static void dataApp(DynamicPropertyRegistry registry) {
        registry.add("maestro.peers.data", DATA_APP::baseUrl);
        registry.add("maestro.peers.server", ServerAppStub::baseUrl);
    }

    @AfterAll
    static void stopDataApp() {
        DATA_APP.stop();
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void nobodyIsInAnyTeam() {
        DATA_APP.resetAll();
        DATA_APP.stubFor(post("/teams").atPriority(10)
                .willReturn(okJson("{\"found\":0,\"total_pages\":0,\"page\":1,\"limit\":1,\"items\":[]}")));
    }

    private static void teamHasNoLongerMember(String teamId, String userId) {
        DATA_APP.stubFor(post("/teams").atPriority(1)
                .withRequestBody(containing(teamId)).withRequestBody(containing(userId))
                .willReturn(okJson("{\"found\":0,\"total_pages\":0,\"page\":1,\"limit\":1,\"items\":[]}")));
    }

    private static void teamHasMember(String teamId, String userId) {
        DATA_APP.stubFor(post("/teams").atPriority(1)
                .withRequestBody(containing(teamId)).withRequestBody(containing(userId))
                .willReturn(okJson("{\"found\":1,\"total_pages\":1,\"page\":1,\"limit\":1,"
                        + "\"items\":[{\"_id\":\"" + teamId + "\",\"name\":\"ops\"}]}")));
    }

    @Test
    void subscriberReceivesItsChannelAndNothingFromAnotherUsers() throws Exception {
        String alice = newId();
        String bob = newId();
        try (BrowserClient aliceBrowser = BrowserClient.open(port).listen(tokenFor(alice), "maestro-" + alice);
             BrowserClient bobBrowser = BrowserClient.open(port).listen(tokenFor(bob), "maestro-" + bob)) {
            String data = "{\"notify\":{\"title\":\"dc1\",\"msg\":\"Finish Sync\",\"type\":\"success\"},"
                    + "\"event\":{\"caller\":[\"connections-update\",\"connections-1\"]}}";
            assertThat(publish(port, "maestro-" + alice, data).statusCode()).isEqualTo(200);

            JsonNode push = aliceBrowser.nextPush();
            assertThat(push.path("channel").asString()).isEqualTo("maestro-" + alice);
            assertThat(push.path("data")).isEqualTo(JSON.readTree(data));
            bobBrowser.assertNoPush(QUIET);

            assertThat(publish(port, "maestro-" + bob, "{\"n\":2}").statusCode()).isEqualTo(200);
            assertThat(bobBrowser.nextPush().path("data").path("n").asInt()).isEqualTo(2);
            aliceBrowser.assertNoPush(QUIET);
        }
    }

    @Test
    void subscriptionToAnotherUsersChannelIsRefused() throws Exception {
        String alice = newId();
        String bob = newId();
        try (BrowserClient browser = BrowserClient.open(port).listen(tokenFor(alice))) {
            JsonNode reply = browser.subscribe("maestro-" + bob);
            assertThat(reply.path("error").path("code").asInt()).isEqualTo(403);
            assertThat(browser.subscribe("maestro-not-an-object-id").path("error").path("code").asInt()).isEqualTo(403);

            assertThat(publish(port, "maestro-" + bob, "{\"secret\":true}").statusCode()).isEqualTo(200);
            browser.assertNoPush(QUIET);
        }
    }

    @Test
    void teamChannelIsOpenToMembersOnly() throws Exception {
        String team = newId();
        String member = newId();
        String outsider = newId();
        teamHasMember(team, member);
        try (BrowserClient memberBrowser = BrowserClient.open(port).listen(tokenFor(member), "maestro-" + team);
             BrowserClient outsiderBrowser = BrowserClient.open(port).listen(tokenFor(outsider))) {
            assertThat(outsiderBrowser.subscribe("maestro-" + team).path("error").path("code").asInt()).isEqualTo(403);

            assertThat(publish(port, "maestro-" + team, "{\"event\":{\"caller\":[\"reports-update\"]}}").statusCode())
                    .isEqualTo(200);
            assertThat(memberBrowser.nextPush().path("channel").asString()).isEqualTo("maestro-" + team);
            outsiderBrowser.assertNoPush(QUIET);
        }
    }

    @Test
    void membershipIsAskedOfDataAppWithAPrivateTokenAndPositiveAnswersAreCached() {
        String team = newId();
        String member = newId();
        teamHasMember(team, member);
        try (BrowserClient first = BrowserClient.open(port).listen(tokenFor(member), "maestro-" + team);
             BrowserClient secondTab = BrowserClient.open(port).listen(tokenFor(member), "maestro-" + team)) {
            List<LoggedRequest> asked = DATA_APP.findAll(postRequestedFor(urlEqualTo("/teams")));
            assertThat(asked).hasSize(1);
            JsonNode body = JSON.readTree(asked.get(0).getBodyAsString());
            assertThat(body.path("query")).isEqualTo(JSON.readTree(
                    "{\"_id\":\"" + team + "\",\"members._id\":\"" + member + "\",\"active\":true}"));
            assertThat(body.path("limit").asInt()).isEqualTo(1);
            String token = AuthorizationHeader.token(asked.get(0).getHeader("Authorization"));
            PrivateServiceTokens serviceTokens = new PrivateServiceTokens(
                    MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"), MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH"));
            assertThat(serviceTokens.verify(token).get("app", String.class)).isEqualTo("websocket-app");
        }
    }

    @Test
    void unreachableMembershipIsATemporaryError() {
        String team = newId();
        String user = newId();
        DATA_APP.stubFor(post("/teams").atPriority(1).withRequestBody(containing(team))
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}")));
        try (BrowserClient browser = BrowserClient.open(port).listen(tokenFor(user))) {
            assertThat(browser.subscribe("maestro-" + team).path("error").path("code").asInt()).isEqualTo(503);
            assertThat(browser.subscribe("maestro-" + user).has("result")).isTrue();
        }
    }

    @Test
    void broadcastReachesEveryNamedChannelAndNoOther() throws Exception {
        String a = newId();
        String b = newId();
        String c = newId();
        try (BrowserClient aBrowser = BrowserClient.open(port).listen(tokenFor(a), "maestro-" + a);
             BrowserClient bBrowser = BrowserClient.open(port).listen(tokenFor(b), "maestro-" + b);
             BrowserClient cBrowser = BrowserClient.open(port).listen(tokenFor(c), "maestro-" + c)) {
            assertThat(broadcast(port, "[\"maestro-" + a + "\",\"maestro-" + b + "\"]", "{\"event\":{\"caller\":[\"x\"]}}")
                    .statusCode()).isEqualTo(200);
            assertThat(aBrowser.nextPush().path("channel").asString()).isEqualTo("maestro-" + a);
            assertThat(bBrowser.nextPush().path("channel").asString()).isEqualTo("maestro-" + b);
            cBrowser.assertNoPush(QUIET);
        }
    }

    @Test
    void expiredTokenIsRefusedAndTheSocketClosedForPolicyViolation() {
        String secret = MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT");
        UserSessionTokens yesterday = new UserSessionTokens(secret, Duration.ofHours(1),
                Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC));
        String expired = yesterday.issue(new SessionUser(newId(), "old", "old@example.com", null));
        try (BrowserClient browser = BrowserClient.open(port)) {
            JsonNode reply = browser.connect(expired);
            assertThat(reply.path("error").path("code").asInt()).isEqualTo(401);
            assertThat(reply.path("error").path("message").asString()).contains("expired");
            assertThat(browser.closeCode(BrowserClient.WAIT)).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void tamperedTokenIsRefused() {
        String[] parts = tokenFor(newId()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String victim = newId();
        String forged = payload.replaceAll("\"_id\":\"[0-9a-f]+\"", "\"_id\":\"" + victim + "\"");
        assertThat(forged).contains(victim);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        try (BrowserClient browser = BrowserClient.open(port)) {
            assertThat(browser.connect(tampered).path("error").path("code").asInt()).isEqualTo(401);
            assertThat(browser.closeCode(BrowserClient.WAIT)).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void tokenOfAnotherSecretIsRefused() {
        UserSessionTokens foreign = new UserSessionTokens("some-other-deployment-secret-0123456789", Duration.ofHours(1));
        String token = foreign.issue(new SessionUser(newId(), "x", "x@example.com", null));
        try (BrowserClient browser = BrowserClient.open(port)) {
            assertThat(browser.connect(token).path("error").path("code").asInt()).isEqualTo(401);
            assertThat(browser.closeCode(BrowserClient.WAIT)).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void subscribingBeforeConnectingIsRefused() {
        try (BrowserClient browser = BrowserClient.open(port)) {
            assertThat(browser.subscribe("maestro-" + newId()).path("error").path("code").asInt()).isEqualTo(401);
            assertThat(browser.closeCode(BrowserClient.WAIT)).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void malformedFramesAreAnsweredWithoutDroppingTheSocket() {
        String user = newId();
        try (BrowserClient browser = BrowserClient.open(port).listen(tokenFor(user))) {
            browser.send("not json");
            assertThat(browser.nextReply().path("error").path("code").asInt()).isEqualTo(400);
            browser.send("{\"id\":7}");
            JsonNode missingMethod = browser.nextReply();
            assertThat(missingMethod.path("id").asInt()).isEqualTo(7);
            assertThat(missingMethod.path("error").path("code").asInt()).isEqualTo(400);
            assertThat(browser.command("publish", "{}").path("error").path("message").asString()).contains("Unknown method");
            assertThat(browser.subscribe("elsewhere").path("error").path("code").asInt()).isEqualTo(400);
            assertThat(browser.connect(tokenFor(user)).path("error").path("message").asString()).contains("Already connected");
            assertThat(browser.subscribe("maestro-" + user).has("result")).isTrue();
        }
    }

    @Test
    void unsubscribedSocketGetsNoMorePushes() throws Exception {
        String user = newId();
        try (BrowserClient browser = BrowserClient.open(port).listen(tokenFor(user), "maestro-" + user)) {
            assertThat(browser.command("unsubscribe", "{\"channel\":\"maestro-" + user + "\"}").has("result")).isTrue();
            publish(port, "maestro-" + user, "{}");
            browser.assertNoPush(QUIET);
        }
    }

    @Test
    void serverPingsAndKeepsAnsweringClientsButDropsSilentOnes() {
        String user = newId();
        try (BrowserClient answering = BrowserClient.open(port).listen(tokenFor(user), "maestro-" + user);
             BrowserClient silent = BrowserClient.silent(port).listen(tokenFor(newId()))) {
            silent.nextPing(BrowserClient.WAIT);
            assertThat(silent.closeCode(BrowserClient.WAIT)).isEqualTo(4000);

            answering.nextPing(BrowserClient.WAIT);
            answering.nextPing(BrowserClient.WAIT);
            assertThat(publish(port, "maestro-" + user, "{\"still\":\"here\"}").statusCode()).isEqualTo(200);
            assertThat(answering.nextPush().path("data").path("still").asString()).isEqualTo("here");
        }
    }

    @Test
    void socketThatNeverConnectsIsClosed() {
        try (BrowserClient browser = BrowserClient.open(port)) {
            assertThat(browser.closeCode(BrowserClient.WAIT)).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void openSocketsAreCountedForPrometheus() throws Exception {
        try (BrowserClient browser = BrowserClient.open(port).listen(tokenFor(newId()))) {
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            String gauge = metrics.body().lines().filter(line -> line.startsWith("maestro_websocket_sessions"))
                    .findFirst().orElseThrow();
            assertThat(Double.parseDouble(gauge.substring(gauge.lastIndexOf(' ') + 1))).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void connectAnswersWithTheUserAndThePingInterval() {
        String user = newId();
        try (BrowserClient browser = BrowserClient.open(port)) {
            JsonNode result = browser.connect(tokenFor(user)).path("result");
            assertThat(result.path("user").asString()).isEqualTo(user);
            assertThat(result.path("ping_interval_ms").asLong()).isEqualTo(1000);
        }
    }

    @Test
    void tokenThatServerAppNoLongerAcceptsIsRefusedAtConnect() {
        String deleted = newId();
        String token = tokenFor(deleted);
        ServerAppStub.endSession(token);
        try (BrowserClient browser = BrowserClient.open(port)) {
            JsonNode reply = browser.connect(token);
            assertThat(reply.path("error").path("code").asInt()).isEqualTo(401);
            assertThat(reply.path("error").path("message").asString()).contains("session has ended");
            assertThat(browser.closeCode(BrowserClient.WAIT)).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void serverAppUnableToCheckTheTokenIsATemporaryError() {
        String token = tokenFor(newId());
        ServerAppStub.failFor(token);
        try (BrowserClient browser = BrowserClient.open(port)) {
            assertThat(browser.connect(token).path("error").path("code").asInt()).isEqualTo(503);
            assertThat(browser.closeCode(BrowserClient.WAIT)).isEqualTo(TRY_AGAIN_LATER);
        }
    }

    @Test
    void disconnectClosesEverySocketOfTheDeletedUserAtOnce() throws Exception {
        String deleted = newId();
        String other = newId();
        try (BrowserClient firstTab = BrowserClient.open(port).listen(tokenFor(deleted), "maestro-" + deleted);
             BrowserClient secondTab = BrowserClient.open(port).listen(tokenFor(deleted), "maestro-" + deleted);
             BrowserClient otherUser = BrowserClient.open(port).listen(tokenFor(other), "maestro-" + other)) {
            assertThat(disconnect(port, deleted, null).statusCode()).isEqualTo(200);

            assertThat(firstTab.closeCode(BrowserClient.WAIT)).isEqualTo(POLICY_VIOLATION);
            assertThat(secondTab.closeCode(BrowserClient.WAIT)).isEqualTo(POLICY_VIOLATION);
            assertThat(publish(port, "maestro-" + other, "{\"still\":true}").statusCode()).isEqualTo(200);
            assertThat(otherUser.nextPush().path("data").path("still").asBoolean()).isTrue();
        }
    }

    @Test
    void disconnectBelowAGenerationClosesOnlyTheSessionsOlderThanThePasswordChange() {
        String user = newId();
        try (BrowserClient beforeChange = BrowserClient.open(port).listen(tokenFor(user, 0), "maestro-" + user);
             BrowserClient afterChange = BrowserClient.open(port).listen(tokenFor(user, 1), "maestro-" + user)) {
            assertThat(disconnect(port, user, 1L).statusCode()).isEqualTo(200);

            assertThat(beforeChange.closeCode(BrowserClient.WAIT)).isEqualTo(POLICY_VIOLATION);
            assertThat(publish(port, "maestro-" + user, "{\"n\":1}").statusCode()).isEqualTo(200);
            assertThat(afterChange.nextPush().path("data").path("n").asInt()).isEqualTo(1);
        }
    }

    @Test
    void removedTeamMemberGetsNoPushSentRightAfterTheRemovalAndCannotSubscribeAgain() throws Exception {
        String team = newId();
        String removed = newId();
        String stays = newId();
        teamHasMember(team, removed);
        teamHasMember(team, stays);
        try (BrowserClient removedBrowser = BrowserClient.open(port).listen(tokenFor(removed), "maestro-" + team);
             BrowserClient staysBrowser = BrowserClient.open(port).listen(tokenFor(stays), "maestro-" + team)) {
            teamHasNoLongerMember(team, removed);
            assertThat(unsubscribe(port, "maestro-" + team, removed).statusCode()).isEqualTo(200);
            assertThat(publish(port, "maestro-" + team, "{\"after\":\"removal\"}").statusCode()).isEqualTo(200);

            assertThat(staysBrowser.nextPush().path("data").path("after").asString()).isEqualTo("removal");
            assertThat(removedBrowser.nextUnsubscribed()).isEqualTo("maestro-" + team);
            removedBrowser.assertNoPush(QUIET);
            assertThat(removedBrowser.subscribe("maestro-" + team).path("error").path("code").asInt())
                    .as("the positive answer cached before the removal is forgotten").isEqualTo(403);
        }
    }

    @Test
    void deletedTeamLosesEverySubscriber() throws Exception {
        String team = newId();
        String member = newId();
        teamHasMember(team, member);
        try (BrowserClient browser = BrowserClient.open(port).listen(tokenFor(member), "maestro-" + team, "maestro-" + member)) {
            assertThat(unsubscribe(port, "maestro-" + team, null).statusCode()).isEqualTo(200);
            assertThat(publish(port, "maestro-" + team, "{\"team\":\"gone\"}").statusCode()).isEqualTo(200);
            assertThat(publish(port, "maestro-" + member, "{\"own\":\"channel\"}").statusCode()).isEqualTo(200);

            assertThat(browser.nextPush().path("channel").asString()).isEqualTo("maestro-" + member);
            assertThat(browser.nextUnsubscribed()).isEqualTo("maestro-" + team);
            browser.assertNoPush(QUIET);
        }
    }
}
