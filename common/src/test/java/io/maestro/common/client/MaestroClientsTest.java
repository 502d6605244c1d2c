package io.maestro.common.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.maestro.common.config.MaestroSecrets;
import io.maestro.common.http.MaestroHttpAutoConfiguration;
import io.maestro.common.http.PeerService;
import io.maestro.common.http.ServiceCallException;
import io.maestro.common.http.ServiceTokenSource;
import io.maestro.common.http.ServiceUnavailableException;
import io.maestro.common.http.UnreadableAnswerException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;

/**
 * Each service client against WireMock standing in for its peer: the route, the body and the token it sends, the
 * answer it reads, and which clients a service gets for the peers it has configured.
 */
class MaestroClientsTest {

    private static final String TOKEN = "JWT service-token";
    private static final String API_KEY = "test-websocket-api-key";

    private static WireMockServer peer;

    @BeforeAll
    static void startPeer() {
        // uncompressed, as Maestro's services answer: a gzipped answer would reach the client in one piece
        peer = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
        peer.start();
    }

    @AfterAll
    static void stopPeer() {
        peer.stop();
    }

    @BeforeEach
    void resetPeer() {
        peer.resetAll();
    }

    private static ApplicationContextRunner service(String... peers) {
        String[] properties = new String[peers.length + 2];
        for (int i = 0; i < peers.length; i++) {
            properties[i] = "maestro.peers." + peers[i] + "=http://127.0.0.1:" + peer.port();
        }
        properties[peers.length] = "maestro.timeout=10000";
        properties[peers.length + 1] = MaestroSecrets.WEBSOCKET_SECRET + "=" + API_KEY;
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                        HttpMessageConvertersAutoConfiguration.class, RestClientAutoConfiguration.class,
                        MaestroHttpAutoConfiguration.class, MaestroClientsAutoConfiguration.class))
                .withBean(ServiceTokenSource.class, () -> () -> TOKEN)
                .withPropertyValues(properties);
    }

    private static <T> void with(Class<T> type, String peerKey, Consumer<T> calls) {
        service(peerKey).run(context -> calls.accept(context.getBean(type)));
    }

    @Test
    void aServiceGetsTheClientsOfThePeersItConfiguredAndNoOthers() {
        service("data", "server").run(context -> {
            assertThat(context).hasSingleBean(DataAppClient.class).hasSingleBean(ServerAppClient.class);
            assertThat(context).doesNotHaveBean(AuditAppClient.class).doesNotHaveBean(DiscoveryAppClient.class)
                    .doesNotHaveBean(ReportsAppClient.class).doesNotHaveBean(WebsocketAppClient.class);
        });
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(RestClientAutoConfiguration.class,
                        MaestroHttpAutoConfiguration.class, MaestroClientsAutoConfiguration.class))
                .withPropertyValues("maestro.peers.data=http://127.0.0.1:" + peer.port())
                .run((AssertableApplicationContext withoutServiceToken) ->
                        assertThat(withoutServiceToken).doesNotHaveBean(DataAppClient.class));
    }

    @Test
    void dataAppQueriesCountsAndReadsOneDocument() {
        peer.stubFor(post("/servers").willReturn(okJson("""
                {"found": 3, "total_pages": 2, "page": 1, "limit": 2,
                 "items": [{"_id": "a", "name": "web-1"}, {"_id": "b", "name": "web-2"}]}""")));

        with(DataAppClient.class, "data", data -> {
            DataAppClient.Page page = data.find("servers", new DataAppClient.Query(Map.of("active", true), 2, 1));
            assertThat(page.found()).isEqualTo(3);
            assertThat(page.totalPages()).isEqualTo(2);
            assertThat(page.items()).extracting(item -> item.get("name")).containsExactly("web-1", "web-2");
            assertThat(data.count("servers", Map.of("active", true))).isEqualTo(3);
            assertThat(data.findOne("servers", Map.of("active", true))).get().extracting(item -> item.get("_id")).isEqualTo("a");
        });

        peer.verify(postRequestedFor(urlEqualTo("/servers")).withHeader("Authorization", equalTo(TOKEN))
                .withRequestBody(equalToJson("{\"query\": {\"active\": true}, \"limit\": 2, \"page\": 1}")));
        peer.verify(2, postRequestedFor(urlEqualTo("/servers"))
                .withRequestBody(equalToJson("{\"query\": {\"active\": true}, \"limit\": 1, \"page\": 1}")));
    }

    @Test
    void dataAppReadsEveryPage() {
        peer.stubFor(post("/volumes").withRequestBody(equalToJson("{\"query\": {}, \"limit\": 2, \"page\": 1}"))
                .willReturn(okJson("{\"found\": 3, \"total_pages\": 2, \"page\": 1, \"limit\": 2, "
                        + "\"items\": [{\"_id\": \"1\"}, {\"_id\": \"2\"}]}")));
        peer.stubFor(post("/volumes").withRequestBody(equalToJson("{\"query\": {}, \"limit\": 2, \"page\": 2}"))
                .willReturn(okJson("{\"found\": 3, \"total_pages\": 2, \"page\": 2, \"limit\": 2, "
                        + "\"items\": [{\"_id\": \"3\"}]}")));

        with(DataAppClient.class, "data", data -> assertThat(data.findAll("volumes", Map.of(), 2))
                .extracting(item -> item.get("_id")).containsExactly("1", "2", "3"));
    }

    @Test
    void dataAppUpsertsInBulkAndReportsTheRefusedElements() {
        peer.stubFor(put("/servers").willReturn(okJson("""
                {"nInserted": 0, "nUpserted": 1, "nMatched": 1, "nModified": 1, "nRemoved": 0,
                 "upserted": [{"index": 0, "_id": "x"}],
                 "writeErrors": [{"index": 2, "code": 11000, "errmsg": "E11000 duplicate key"}]}""")));

        with(DataAppClient.class, "data", data -> {
            DataAppClient.BulkResult result = data.upsert("servers", new DataAppClient.Bulk(List.of(
                    Map.of("unique_id", "i-1"), Map.of("unique_id", "i-2"), Map.of("unique_id", "i-2"))));
            assertThat(result.nUpserted()).isEqualTo(1);
            assertThat(result.nModified()).isEqualTo(1);
            assertThat(result.writeErrors()).containsExactly(new DataAppClient.WriteError(2, 11000, "E11000 duplicate key"));
        });

        peer.verify(putRequestedFor(urlEqualTo("/servers")).withRequestBody(equalToJson(
                "{\"body\": [{\"unique_id\": \"i-1\"}, {\"unique_id\": \"i-2\"}, {\"unique_id\": \"i-2\"}]}")));
    }

    @Test
    void dataAppAggregatesAndUpdatesMany() {
        peer.stubFor(post("/aggregate").willReturn(okJson("{\"items\": [{\"_id\": \"AWS\", \"count\": 4}]}")));
        peer.stubFor(post("/sync").willReturn(okJson("{\"results\": {\"matched\": 5, \"modified\": 4}}")));

        with(DataAppClient.class, "data", data -> {
            List<Map<String, Object>> groups = data.aggregate(new DataAppClient.Aggregation("servers", List.of(
                    Map.of("$match", Map.of("roles._id", "u1")),
                    Map.of("$group", Map.of("_id", "$provider", "count", Map.of("$sum", 1)))))).items();
            assertThat(groups).containsExactly(Map.of("_id", "AWS", "count", 4));
            DataAppClient.Counts counts = data.updateMany(new DataAppClient.UpdateMany("servers",
                    Map.of("applications._id", "a1"), Map.of("applications.$.name", "www3"))).results();
            assertThat(counts).isEqualTo(new DataAppClient.Counts(5, 4));
        });

        peer.verify(postRequestedFor(urlEqualTo("/aggregate")).withRequestBody(equalToJson("""
                {"entity": "servers", "pipeline": [{"$match": {"roles._id": "u1"}},
                  {"$group": {"_id": "$provider", "count": {"$sum": 1}}}]}""")));
        peer.verify(postRequestedFor(urlEqualTo("/sync")).withRequestBody(equalToJson("""
                {"entity": "servers", "query": {"applications._id": "a1"}, "body": {"applications.$.name": "www3"}}""")));
    }

    @Test
    void dataAppReadsAConnectionAndSetsATaskState() {
        peer.stubFor(get("/connections/c1").willReturn(okJson("{\"_id\": \"c1\", \"provider\": \"aws\"}")));
        peer.stubFor(get("/connections/c2").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"Resource not found\"}")));
        peer.stubFor(post("/connections/c1").willReturn(okJson("{\"_id\": \"c1\"}")));

        with(DataAppClient.class, "data", data -> {
            assertThat(data.connection("c1")).containsEntry("provider", "aws");
            assertThatThrownBy(() -> data.connection("c2")).asInstanceOf(type(ServiceCallException.class))
                    .satisfies(refused -> assertThat(refused.status().value()).isEqualTo(404));
            data.connectionState("c1", new DataAppClient.TaskState("warning", "server-list", "In progress"));
        });

        peer.verify(postRequestedFor(urlEqualTo("/connections/c1")).withRequestBody(equalToJson(
                "{\"status\": \"warning\", \"task\": \"server-list\", \"msg\": \"In progress\"}")));
    }

    @Test
    void auditAppPassesListParametersAndRowIdsAsValues() {
        peer.stubFor(get(urlPathEqualTo("/audit/servers/s1")).willReturn(okJson("{\"found\": 0, \"items\": []}")));
        peer.stubFor(get("/audit/servers/s1/rows/r1").willReturn(okJson("{\"_id\": \"r1\", \"state\": {}}")));
        peer.stubFor(get(urlPathEqualTo("/audit/servers/s1/diff")).willReturn(okJson("{\"body\": {}}")));

        with(AuditAppClient.class, "audit", audit -> {
            assertThat(audit.history("servers", "s1", Map.of("query", "{\"a&b\":\"=#\"}")).path("found").asInt()).isZero();
            assertThat(audit.row("servers", "s1", "r1").path("_id").asString()).isEqualTo("r1");
            assertThat(audit.diff("servers", "s1", "r1", "r2").has("body")).isTrue();
        });

        peer.verify(getRequestedFor(urlPathEqualTo("/audit/servers/s1"))
                .withQueryParam("query", equalTo("{\"a&b\":\"=#\"}")).withHeader("Authorization", equalTo(TOKEN)));
        peer.verify(getRequestedFor(urlEqualTo("/audit/servers/s1/diff?from=r1&to=r2")));
    }

    @Test
    void discoveryAppAnswersItsCatalogueAndStartsATask() {
        peer.stubFor(get("/available/info").willReturn(okJson("{\"items\": [\"aws\"]}")));
        peer.stubFor(get("/available/info/aws").willReturn(okJson("{\"name\": \"AWS\"}")));
        peer.stubFor(get("/available/rules").willReturn(okJson("{\"items\": []}")));
        peer.stubFor(get("/available/rules/aws").willReturn(okJson("{\"items\": [{\"value\": {}}]}")));
        peer.stubFor(put("/crawler/aws/c1/server-list").willReturn(okJson("{\"run_id\": \"r1\"}")));

        with(DiscoveryAppClient.class, "discovery", discovery -> {
            assertThat(discovery.providers().path("items").path(0).asString()).isEqualTo("aws");
            assertThat(discovery.provider("aws").path("name").asString()).isEqualTo("AWS");
            assertThat(discovery.rules().has("items")).isTrue();
            assertThat(discovery.rules("aws").path("items").size()).isEqualTo(1);
            assertThat(discovery.startTask("aws", "c1", "server-list").path("run_id").asString()).isEqualTo("r1");
        });

        peer.verify(putRequestedFor(urlEqualTo("/crawler/aws/c1/server-list")).withHeader("Authorization", equalTo(TOKEN)));
    }

    @Test
    void serverAppReadsAnUploadedFileAndChecksASessionWithTheBrowsersToken() {
        peer.stubFor(get(urlPathEqualTo("/users/upload/file")).willReturn(aResponse().withBody("name,ip\n")));
        peer.stubFor(get("/me").withHeader("Authorization", equalTo("JWT current")).willReturn(okJson("{}")));
        peer.stubFor(get("/me").withHeader("Authorization", equalTo("JWT ended")).willReturn(aResponse().withStatus(401)));

        with(ServerAppClient.class, "server", server -> {
            assertThat(server.uploadedFile("servers & more.csv")).asString().isEqualTo("name,ip\n");
            server.checkSession("JWT current");
            assertThatThrownBy(() -> server.checkSession("JWT ended")).asInstanceOf(type(ServiceCallException.class))
                    .satisfies(refused -> assertThat(refused.status().value()).isEqualTo(401));
        });

        peer.verify(getRequestedFor(urlPathEqualTo("/users/upload/file"))
                .withQueryParam("filename", equalTo("servers & more.csv")).withHeader("Authorization", equalTo(TOKEN)));
    }

    @Test
    void reportsAppStartsAReport() {
        peer.stubFor(post("/reports/general").willReturn(okJson("{\"_id\": \"rep1\"}")));

        with(ReportsAppClient.class, "report", reports -> assertThat(reports.startReport("general",
                new ReportsAppClient.ReportRequest("rep1", "Servers", "[]", "u1")).path("_id").asString()).isEqualTo("rep1"));

        peer.verify(postRequestedFor(urlEqualTo("/reports/general")).withRequestBody(equalToJson(
                "{\"report_id\": \"rep1\", \"component\": \"Servers\", \"filters\": \"[]\", \"owner_user\": \"u1\"}")));
    }

    @Test
    void reportsAppHandsADownloadOverAsItComesAndAPageReadWhole() {
        peer.stubFor(get(urlPathEqualTo("/reports/rep1_general")).withHeader("Accept", equalTo("text/csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv")
                        .withHeader("Content-Disposition", "attachment; filename=\"rep1_general.csv\"")
                        .withBody("hostname\nweb-1\n")));
        peer.stubFor(get(urlPathEqualTo("/reports/rep1_general")).withHeader("Accept", equalTo("application/xml"))
                .willReturn(aResponse().withHeader("Content-Type", "application/xml")
                        .withHeader("Content-Disposition", "attachment; filename=\"rep1_general.xml\"")
                        .withBody("<response><item><hostname>web-1</hostname></item></response>")));
        peer.stubFor(get(urlPathEqualTo("/reports/rep1_general")).withHeader("Accept", equalTo("application/json"))
                .willReturn(okJson("{\"found\": 1, \"items\": [{\"hostname\": \"web-1\"}]}")));
        peer.stubFor(get(urlPathEqualTo("/reports/rep2_general")).willReturn(aResponse().withHeader("Content-Type", "text/csv")
                .withHeader("Content-Disposition", "attachment; filename=\"rep2_general.csv\"")
                .withBody("hostname\n" + "web\n".repeat(100_000)).withChunkedDribbleDelay(8, 4000)));
        peer.stubFor(get(urlPathEqualTo("/reports/rep3_general")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        with(ReportsAppClient.class, "report", reports -> {
            ResponseEntity<InputStreamResource> csv = reports.result("rep1_general", Map.of("orderBy", "hostname"), "text/csv");
            assertThat(csv.getHeaders().getFirst("Content-Disposition")).contains("rep1_general.csv");
            assertThat(text(csv)).isEqualTo("hostname\nweb-1\n");
            assertThat(text(reports.result("rep1_general", Map.of(), "application/xml"))).contains("<hostname>web-1<");
            assertThat(text(reports.result("rep1_general", Map.of(), "application/json"))).contains("\"found\": 1");
            // a download is not read ahead: a peer writing it over 4 s is still writing when the call returns
            ResponseEntity<InputStreamResource> slow = reports.result("rep2_general", Map.of(), "text/csv");
            long readFrom = System.nanoTime();
            assertThat(text(slow)).hasSize("hostname\n".length() + 100_000 * "web\n".length());
            assertThat(Duration.ofNanos(System.nanoTime() - readFrom)).isGreaterThan(Duration.ofSeconds(1));
            // anything else is read whole first, so a broken answer fails the call naming reports-app
            assertThatThrownBy(() -> reports.result("rep3_general", Map.of(), "application/json"))
                    .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("reports-app");
        });
        peer.verify(getRequestedFor(urlPathEqualTo("/reports/rep1_general")).withQueryParam("orderBy", equalTo("hostname"))
                .withHeader("Authorization", equalTo(TOKEN)));
    }

    private static String text(ResponseEntity<InputStreamResource> answer) {
        try (InputStream body = answer.getBody().getInputStream()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void websocketAppTakesCommandsWithTheApiKey() {
        peer.stubFor(post("/api").willReturn(okJson("{}")));

        with(WebsocketAppClient.class, "websocket", websocket -> assertThat(websocket.command(
                Map.of("method", "broadcast", "params", Map.of("channels", List.of("maestro-u1"))))).isEmpty());

        peer.verify(postRequestedFor(urlEqualTo("/api")).withHeader("Authorization", equalTo("apikey " + API_KEY))
                .withRequestBody(equalToJson("{\"method\": \"broadcast\", \"params\": {\"channels\": [\"maestro-u1\"]}}")));
    }

    @Test
    void everyClientFailsWithAPeerCallExceptionNamingThePeer() {
        peer.stubFor(post("/sync").willReturn(aResponse().withStatus(500).withBody("boom")));

        with(DataAppClient.class, "data", data -> assertThatThrownBy(() -> data.updateMany(
                new DataAppClient.UpdateMany("servers", Map.of("_id", "x"), Map.of("name", "y"))))
                .asInstanceOf(type(ServiceUnavailableException.class))
                .satisfies(failed -> {
                    assertThat(failed.service()).isEqualTo(PeerService.DATA);
                    assertThat(failed.describe()).isEqualTo("data-app failed with 500");
                }));
    }

    @Test
    void anAnswerThatIsNotWhatTheRoutePromisesIsAPeerCallExceptionToo() {
        peer.stubFor(post("/teams").willReturn(okJson("{\"found\": \"many\", \"items\": 3}")));

        with(DataAppClient.class, "data", data -> assertThatThrownBy(() -> data.count("teams", Map.of("_id", "t1")))
                .asInstanceOf(type(UnreadableAnswerException.class))
                .satisfies(unreadable -> {
                    assertThat(unreadable.service()).isEqualTo(PeerService.DATA);
                    assertThat(unreadable.describe()).isEqualTo("data-app answered with a body that could not be read");
                    assertThat(unreadable.answer().status().value()).isEqualTo(502);
                }));
    }
}
