package io.maestro.server.api.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /reports} (§2.8) against a fake reports-app: each save starts the report; its rows come back as asked. */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class ReportsApiTest extends FakeReportsAppApiTest {

    private static final List<Map<String, Object>> FILTERS = List.of(Map.of("field", "hostname", "filter", "web",
            "comparer", "contain", "typ", "string"));

    ReportsApiTest() {
        super("reports");
    }

    private Reply createReport() {
        return api.post(user, "/reports", Map.of("name", "web servers", "report", "general", "component", "Servers",
                "filters", FILTERS));
    }

    @Test
    void aSavedReportIsStartedForItsOwnerWithItsFiltersAsJson() {
        REPORTS_APP.stubFor(post(urlEqualTo("/reports/general")).willReturn(okJson("{\"general-id\":\"queued\"}")));

        Reply created = createReport();

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.at("/status").asString()).isEqualTo("process");
        String id = created.at("/_id").asString();
        List<LoggedRequest> calls = REPORTS_APP.findAll(postRequestedFor(urlEqualTo("/reports/general")));
        assertThat(calls).hasSize(1);
        JsonNode body = ApiClient.JSON.readTree(calls.get(0).getBodyAsString());
        assertThat(body.path("report_id").asString()).isEqualTo(id);
        assertThat(body.path("owner_user").asString()).isEqualTo(user.id());
        assertThat(body.path("component").asString()).isEqualTo("Servers");
        assertThat(ApiClient.JSON.readTree(body.path("filters").asString())).isEqualTo(ApiClient.JSON.valueToTree(FILTERS));

        mongo.getCollection("reports").updateOne(new Document("_id", new ObjectId(id)),
                new Document("$set", new Document("status", "finished")));
        Reply patched = api.patch(user, "/reports/" + id, Map.of("name", "web servers, again"));

        assertThat(patched.status()).as(patched.raw()).isEqualTo(202);
        assertThat(api.get(user, "/reports/" + id).at("/status").asString()).isEqualTo("process");
        assertThat(REPORTS_APP.findAll(postRequestedFor(urlEqualTo("/reports/general")))).hasSize(2);
    }

    @Test
    void whenReportsAppIsDownTheReportIsKeptInErrorSayingWhy() {
        REPORTS_APP.stubFor(post(urlEqualTo("/reports/general"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Reply created = createReport();

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.at("/status").asString()).isEqualTo("error");
        assertThat(created.at("/msg").asString()).isEqualTo("reports-app is unreachable");
        Reply stored = api.get(user, "/reports/" + created.at("/_id").asString());
        assertThat(stored.at("/status").asString()).isEqualTo("error");
        assertThat(stored.at("/msg").asString()).isEqualTo("reports-app is unreachable");
    }

    @Test
    void filtersReportsAppRefusesLeaveTheReportInErrorWithItsWords() {
        REPORTS_APP.stubFor(post(urlEqualTo("/reports/general")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"err\":{\"name\":\"ValidatorError\",\"errors\":[{\"message\":\"\\\"filters.0.filter\\\" "
                        + "is not a valid regular expression\",\"path\":[\"filters\",0,\"filter\"],"
                        + "\"type\":\"string.regex.base\",\"context\":{\"key\":\"filter\",\"label\":\"filters.0.filter\"}}]}}")));

        Reply created = createReport();

        assertThat(created.at("/status").asString()).isEqualTo("error");
        assertThat(created.at("/msg").asString())
                .isEqualTo("reports-app refused the report: \"filters.0.filter\" is not a valid regular expression");
    }

    @Test
    void theResultIsReportsAppsAnswerInTheFormatAsked() throws Exception {
        REPORTS_APP.stubFor(post(urlEqualTo("/reports/general")).willReturn(okJson("{}")));
        String id = createReport().at("/_id").asString();
        REPORTS_APP.stubFor(get(urlPathEqualTo("/reports/" + id + "_general"))
                .withHeader("Accept", equalTo("text/csv"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv;charset=UTF-8")
                        .withHeader("Content-Disposition", "attachment; filename=\"" + id + "_general.csv\"")
                        .withBody("hostname\nweb-1\n")));

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/reports/" + id + "/result?orderBy=hostname&ascending=1"))
                .header("Authorization", "JWT " + user.token()).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .contains(id + "_general.csv"));
        assertThat(csv.body()).isEqualTo("hostname\nweb-1\n");
        List<LoggedRequest> asked = REPORTS_APP.findAll(getRequestedFor(urlPathEqualTo("/reports/" + id + "_general"))
                .withQueryParam("orderBy", equalTo("hostname")).withQueryParam("ascending", equalTo("1")));
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).getHeaders().getHeader("Accept").values()).containsExactly("text/csv");

        User stranger = api.newUser("stranger");
        assertThat(api.get(stranger, "/reports/" + id + "/result").status()).isEqualTo(404);
    }

    @Test
    void aDeletedReportsRowsAreDropped() {
        REPORTS_APP.stubFor(post(urlEqualTo("/reports/general")).willReturn(okJson("{}")));
        String id = createReport().at("/_id").asString();
        REPORTS_APP.stubFor(delete(urlEqualTo("/reports/" + id + "_general")).willReturn(aResponse().withStatus(204)));

        assertThat(api.delete(user, "/reports/" + id).status()).isEqualTo(204);

        REPORTS_APP.verify(deleteRequestedFor(urlEqualTo("/reports/" + id + "_general")));
    }
}
