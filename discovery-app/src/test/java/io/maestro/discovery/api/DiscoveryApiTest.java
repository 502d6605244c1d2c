package io.maestro.discovery.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.discovery.DiscoveryApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The routes of §4.1 behind the private service token, with data-app played by WireMock. */
@MaestroApiTest(classes = DiscoveryApplication.class,
        properties = {"spring.config.name=discovery-app", "maestro.discovery.queue=discovery-api-test",
                "maestro.messaging.queues=discovery-api-test"})
class DiscoveryApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer DATA_APP = startDataApp();
    private static final String MISSING = "64b0000000000000000000f1";
    private static final String UNREACHABLE = "64b0000000000000000000f2";
    private static final String AWS_CONNECTION = "64b0000000000000000000f3";

    @LocalServerPort
    int port;

    private static WireMockServer startDataApp() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(get(urlEqualTo("/connections/" + MISSING)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Resource not found\"}")));
        server.stubFor(get(urlEqualTo("/connections/" + UNREACHABLE))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlEqualTo("/connections/" + AWS_CONNECTION)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"_id\":\"" + AWS_CONNECTION + "\",\"service\":\"iam_aws\",\"dc_id\":\"64b0000000000000000000f4\"}")));
        return server;
    }

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        registry.add("maestro.peers.data", DATA_APP::baseUrl);
    }

    @AfterAll
    static void stopDataApp() {
        DATA_APP.stop();
    }

    private HttpResponse<String> call(String method, String path, boolean withToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (withToken) {
            request.header("Authorization", "JWT " + new PrivateServiceTokens(
                    MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                    MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH")).issue("server-app"));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String method, String path, int status) throws Exception {
        HttpResponse<String> response = call(method, path, true);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    @Test
    void theCatalogueListsTheProvidersThatRunWithTheirWizardAndRules() throws Exception {
        JsonNode providers = json("GET", "/available/info", 200).at("/items/0/value/providers");
        JsonNode file = json("GET", "/available/info/file", 200).at("/items/0/value");
        JsonNode rules = json("GET", "/available/rules/file", 200).at("/items/0/value/permissions");

        assertThat(providers.findValuesAsString("label")).contains("File");
        assertThat(file.path("label").asString()).isEqualTo("File");
        assertThat(file.path("data").findValuesAsString("service")).containsExactly("upload_file", "ssh_file", "s3_file");
        assertThat(rules.propertyNames()).containsExactly("server-import", "applications-import", "volumes-import",
                "snapshots-import", "images-import", "flavors-import");
        assertThat(rules.at("/server-import/0/entity").asString()).isEqualTo("servers");
        assertThat(rules.at("/server-import/0/key_comparer").asString()).isEqualTo("unique_id");
        assertThat(rules.at("/server-import/0/init_job").asBoolean()).isTrue();
        assertThat(rules.at("/flavors-import/0/key_comparer").asString()).isEqualTo("name");
        assertThat(json("GET", "/available/rules", 200).path("items").findValuesAsString("provider")).contains("file");
        assertThat(json("GET", "/crawler/file", 200).path("permissions").has("volumes-import")).isTrue();
        assertThat(json("GET", "/crawler", 200).path("items").size()).isEqualTo(3);
        assertThat(json("GET", "/crawler/file/abc/server-import", 200).path("instance").asString()).isEqualTo("abc");
        assertThat(json("GET", "/available/info/nowhere", 404).at("/err/name").asString()).isEqualTo("NotFoundError");
    }

    @Test
    void anUnknownProviderOrTaskOrAConnectionOfAnotherProviderIsNotAllowed() throws Exception {
        for (String path : new String[] {"/crawler/nowhere/" + MISSING + "/server-import",
                "/crawler/file/" + MISSING + "/server-list", "/crawler/file/" + AWS_CONNECTION + "/server-import"}) {
            JsonNode refused = json("PUT", path, 422);
            assertThat(refused.toString()).as(path).contains("This task is not allowed");
        }
    }

    @Test
    void aMissingConnectionIsNotFoundAndAnUnreachableDataAppIsUnavailable() throws Exception {
        assertThat(json("PUT", "/crawler/file/" + MISSING + "/server-import", 404).at("/err/name").asString())
                .isEqualTo("NotFoundError");
        assertThat(json("PUT", "/crawler/file/not-an-id/server-import", 404).at("/err/name").asString())
                .isEqualTo("NotFoundError");
        assertThat(json("PUT", "/crawler/file/" + UNREACHABLE + "/server-import", 503).at("/err/errors").asString())
                .isEqualTo("data-app is unreachable");
    }

    @Test
    void everyRouteNeedsTheServiceToken() throws Exception {
        assertThat(call("GET", "/available/info", false).statusCode()).isEqualTo(401);
        assertThat(call("PUT", "/crawler/file/" + MISSING + "/server-import", false).statusCode()).isEqualTo(401);
    }
}
