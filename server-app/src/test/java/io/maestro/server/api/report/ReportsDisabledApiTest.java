package io.maestro.server.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code MAESTRO_REPORT_DISABLED} (0.6: any non-empty value, here even {@code false}): reports-app is never called; a
 * saved report is at once an {@code error} saying why, its rows are {@code ServiceDisabledError}, and nothing waits.
 */
@MaestroApiTest(classes = ServerApplication.class,
        properties = {"spring.config.name=server-app", "maestro.reports.disabled=false"})
class ReportsDisabledApiTest {

    static final WireMockServer REPORTS_APP = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    User user;

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        REPORTS_APP.start();
        registry.add("maestro.peers.report", REPORTS_APP::baseUrl);
    }

    @AfterAll
    static void stop() {
        REPORTS_APP.stop();
    }

    @BeforeEach
    void setUp() {
        REPORTS_APP.resetAll();
        api = new ApiClient(port, mongo);
        user = api.newUser("reports-off");
    }

    @Test
    void aReportSavedWhileReportsAreDisabledIsAnErrorSayingSoAndReportsAppIsNeverCalled() {
        Reply created = api.post(user, "/reports", Map.of("name", "web servers", "report", "general",
                "component", "Servers", "filters", List.of()));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.at("/status").asString()).isEqualTo("error");
        assertThat(created.at("/msg").asString())
                .isEqualTo("reports-app is disabled (MAESTRO_REPORT_DISABLED): the report was not run");
        String id = created.at("/_id").asString();
        assertThat(api.get(user, "/reports/" + id).at("/status").asString()).isEqualTo("error");

        Reply rerun = api.patch(user, "/reports/" + id, Map.of("name", "web servers, again"));
        assertThat(rerun.status()).as(rerun.raw()).isEqualTo(202);
        assertThat(api.get(user, "/reports/" + id).at("/msg").asString()).startsWith("reports-app is disabled");

        Reply rows = api.get(user, "/reports/" + id + "/result");
        assertThat(rows.status()).as(rows.raw()).isEqualTo(503);
        assertThat(rows.at("/err/name").asString()).isEqualTo("ServiceDisabledError");
        assertThat(rows.at("/err/errors").asString()).isEqualTo("REPORT service was disabled");

        assertThat(api.delete(user, "/reports/" + id).status()).isEqualTo(204);
        assertThat(REPORTS_APP.getAllServeEvents()).isEmpty();
    }
}
