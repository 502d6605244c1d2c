package io.maestro.server.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code MAESTRO_REPORT_DISABLED} (0.6: any non-empty value, here even {@code false}): reports-app is never called; a
 * saved report is at once an {@code error} saying why, its rows are {@code ServiceDisabledError}, {@code /versions}
 * shows it {@code DISABLED}, and nothing waits.
 */
@MaestroApiTest(classes = ServerApplication.class,
        properties = {"spring.config.name=server-app", "maestro.reports.disabled=false"})
class ReportsDisabledApiTest extends FakeReportsAppApiTest {

    ReportsDisabledApiTest() {
        super("reports-off");
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

    @Test
    void versionsShowReportsAppDisabledWithoutAskingIt() {
        Reply versions = api.get(user, "/versions");

        assertThat(versions.status()).as(versions.raw()).isEqualTo(200);
        List<JsonNode> reports = new ArrayList<>();
        versions.body().forEach(entry -> {
            if (entry.path("app").asString().equals("reports-app")) {
                reports.add(entry);
            }
        });
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).path("status").asString()).isEqualTo("DISABLED");
        assertThat(reports.get(0).path("message").asString())
                .isEqualTo("reports-app is disabled (MAESTRO_REPORT_DISABLED): server-app does not call it");
        assertThat(reports.get(0).path("name").asString()).isEqualTo("Report");
        assertThat(REPORTS_APP.getAllServeEvents()).isEmpty();
    }
}
