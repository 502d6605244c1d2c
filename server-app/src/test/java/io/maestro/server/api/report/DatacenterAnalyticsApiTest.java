package io.maestro.server.api.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /datacenters/:id/analytics} (§2.6) against a fake report-app: two reports, their daily jobs and the
 * datacenter's {@code reports}, all created only once report-app accepted both runs.
 */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class DatacenterAnalyticsApiTest {

    static final WireMockServer REPORT_APP = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    User user;
    String datacenterId;

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        REPORT_APP.start();
        registry.add("maestro.peers.report", REPORT_APP::baseUrl);
    }

    @AfterAll
    static void stop() {
        REPORT_APP.stop();
    }

    @BeforeEach
    void setUp() {
        REPORT_APP.resetAll();
        api = new ApiClient(port, mongo);
        user = api.newUser("analytics");
        Reply datacenter = api.post(user, "/datacenters", Map.of("name", "dc-frankfurt", "provider", "AWS"));
        assertThat(datacenter.status()).as(datacenter.raw()).isEqualTo(201);
        datacenterId = datacenter.at("/_id").asString();
    }

    @Test
    void createsTheTwoReportsTheirJobsAndLinksThemOnceReportAppAccepted() {
        REPORT_APP.stubFor(post(urlEqualTo("/reports/general")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"general-id\":\"accepted\"}")));

        Reply created = api.post(user, "/datacenters/" + datacenterId + "/analytics", null);

        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.body()).hasSize(2);
        assertThat(created.at("/0/general-id").asString()).isEqualTo("accepted");

        List<Document> reports = mongo.getCollection("reports").find(new Document("owner._id", new ObjectId(user.id())))
                .into(new ArrayList<>());
        assertThat(reports).extracting(report -> report.getString("name"))
                .containsExactlyInAnyOrder("DC dc-frankfurt - Server", "DC dc-frankfurt - Apps");
        assertThat(reports).extracting(report -> report.getString("component")).containsExactlyInAnyOrder("Servers", "Applications");
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.getString("report")).isEqualTo("general");
            assertThat(report.getList("filters", Document.class)).containsExactly(
                    new Document("field", "active").append("filter", "true").append("comparer", "equal").append("typ", "boolean"),
                    new Document("field", "datacenters").append("subfield", "_id").append("subfilter", datacenterId).append("typ", "object"));
        });

        List<LoggedRequest> calls = REPORT_APP.findAll(postRequestedFor(urlEqualTo("/reports/general")));
        assertThat(calls).hasSize(2);
        List<String> reportIds = reports.stream().map(report -> report.getObjectId("_id").toHexString()).toList();
        for (LoggedRequest call : calls) {
            JsonNode body = ApiClient.JSON.readTree(call.getBodyAsString());
            assertThat(reportIds).contains(body.path("report_id").asString());
            assertThat(body.path("owner_user").asString()).isEqualTo(user.id());
            assertThat(body.path("filters").isString()).as("filters travel as a JSON string").isTrue();
            assertThat(body.path("filters").asString()).contains(datacenterId);
            assertThat(call.getHeader("Authorization")).isNotBlank();
        }

        JsonNode datacenter = api.get(user, "/datacenters/" + datacenterId).body();
        assertThat(datacenter.path("reports")).hasSize(2);
        assertThat(List.of(datacenter.at("/reports/0/_id").asString(), datacenter.at("/reports/1/_id").asString()))
                .containsExactlyInAnyOrderElementsOf(reportIds);

        List<Document> jobs = mongo.getCollection("schedulers").find(new Document("link._id", new Document("$in", reportIds)))
                .into(new ArrayList<>());
        assertThat(jobs).hasSize(2).allSatisfy(job -> {
            String reportId = job.get("link", Document.class).getString("_id");
            assertThat(job.getString("name")).startsWith("DC " + reportId + " - ");
            assertThat(job.getString("method")).isEqualTo("PATCH");
            assertThat(job.getString("task")).isEqualTo("reports");
            assertThat(job.getString("source")).isEqualTo("report");
            assertThat(job.getString("endpoint")).isEqualTo("reports/general");
            assertThat(job.get("interval", Document.class)).isEqualTo(new Document("period", "days").append("every", 1));
            assertThat(job.getBoolean("run_immediately")).isFalse();
            assertThat(job.get("link", Document.class).getString("report")).isEqualTo("general");
            assertThat(job.getList("args", Document.class)).containsExactly(
                    new Document("key", "report_id").append("value", reportId),
                    new Document("key", "owner_user").append("value", user.id()));
        });
    }

    @Test
    void reportAppDownOrRefusingLeavesNothingCreated() {
        REPORT_APP.stubFor(post(urlEqualTo("/reports/general")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Reply down = api.post(user, "/datacenters/" + datacenterId + "/analytics", null);
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.at("/err/name").asString()).isEqualTo("HTTPError");
        assertThat(down.at("/err/errors").asString()).contains("reports-app");

        REPORT_APP.stubFor(post(urlEqualTo("/reports/general")).willReturn(aResponse().withStatus(500)));
        assertThat(api.post(user, "/datacenters/" + datacenterId + "/analytics", null).status()).isEqualTo(502);

        REPORT_APP.stubFor(post(urlEqualTo("/reports/general")).willReturn(aResponse().withStatus(400)
                .withBody("{\"message\":\"filters are required\"}")));
        Reply refused = api.post(user, "/datacenters/" + datacenterId + "/analytics", null);
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.at("/err/errors").asString()).isEqualTo("reports-app refused the call with 400");
        assertThat(down.raw() + refused.raw()).doesNotContain("127.0.0.1", "localhost:", "java.");

        assertThat(mongo.getCollection("reports").countDocuments(new Document("owner._id", new ObjectId(user.id())))).isZero();
        assertThat(mongo.getCollection("schedulers").countDocuments(new Document("owner._id", new ObjectId(user.id())))).isZero();
        assertThat(api.get(user, "/datacenters/" + datacenterId).body().has("reports")).isFalse();
    }

    /** This repository's reports-app does not make reports yet: its 404 is a failure of the service, not of the caller. */
    @Test
    void reportAppWithoutTheRouteIs503NamingItAndLeavesNothingCreated() {
        REPORT_APP.stubFor(post(urlEqualTo("/reports/general")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"err\":{\"name\":\"NotFoundError\",\"errors\":\"resource not found\"}}")));

        Reply absent = api.post(user, "/datacenters/" + datacenterId + "/analytics", null);

        assertThat(absent.status()).isEqualTo(503);
        assertThat(absent.at("/err/name").asString()).isEqualTo("HTTPError");
        assertThat(absent.at("/err/errors").asString()).isEqualTo("reports-app does not make general reports (it answered 404)");
        assertThat(absent.raw()).doesNotContain("127.0.0.1", "localhost:", "java.");
        assertThat(mongo.getCollection("reports").countDocuments(new Document("owner._id", new ObjectId(user.id())))).isZero();
        assertThat(api.get(user, "/datacenters/" + datacenterId).body().has("reports")).isFalse();
    }

    @Test
    void needsWriteAccessOnTheDatacenter() {
        User reader = api.newUser("analytics-reader");
        api.post(user, "/datacenters/" + datacenterId + "/roles", Map.of("id", reader.id(), "refs", "users", "role", "1"));

        assertThat(api.post(reader, "/datacenters/" + datacenterId + "/analytics", null).status()).isEqualTo(403);
        assertThat(api.post(api.newUser("analytics-stranger"), "/datacenters/" + datacenterId + "/analytics", null).status())
                .isEqualTo(404);
        REPORT_APP.verify(0, postRequestedFor(urlEqualTo("/reports/general")));
    }
}
