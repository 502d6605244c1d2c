package io.maestro.standalone;

import static io.maestro.standalone.StandaloneApi.HTTP;
import static io.maestro.standalone.StandaloneApi.id;
import static io.maestro.standalone.StandaloneApi.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Reports end to end, all services in one JVM: made through server-app's API, run by reports-app on the embedded
 * broker through data-app, read back through server-app in every format; a stranger's records never appear.
 */
class ReportsStandaloneTest {

    /** Services on 14000-19900: below the ephemeral ports (32768 and up), where a client's socket may hold one. */
    private static final int PORT_OFFSET = 9000;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path data;

    private StandaloneSettings settings;
    private StandaloneApi api;

    @Test
    void generalAndPivotReportsFinishWithTheOwnersRowsInEveryFormat() throws Exception {
        settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        api = new StandaloneApi(settings);
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            String alice = api.signUpAndIn("Alice", "alice@example.com");
            String bob = api.signUpAndIn("Bobby", "bob@example.com");
            JsonNode client = api.call("POST", "/clients", alice, Map.of("name", "Acme"));
            JsonNode system = api.call("POST", "/system", alice, Map.of("name", "ERP",
                    "clients", List.of(Map.of("_id", id(client), "name", "Acme"))));
            JsonNode application = api.call("POST", "/applications", alice, Map.of("name", "erp-api",
                    "system", List.of(Map.of("_id", id(system), "name", "ERP"))));
            api.call("POST", "/servers", alice, Map.of("name", "erp-1", "hostname", "erp-1", "ipv4_private", "10.0.0.1",
                    "os", Map.of("base", "Linux"), "applications", List.of(Map.of("_id", id(application),
                            "name", "erp-api"))));
            api.call("POST", "/servers", alice, Map.of("name", "erp-2", "hostname", "erp-2", "ipv4_private", "10.0.0.2"));
            api.call("POST", "/servers", bob, Map.of("name", "erp-bob", "hostname", "erp-bob", "ipv4_private", "10.9.9.9"));
            api.call("POST", "/system", bob, Map.of("name", "Bob's ERP",
                    "clients", List.of(Map.of("_id", id(client), "name", "Acme"))));

            JsonNode general = api.call("POST", "/reports", alice, Map.of("name", "ERP servers", "report", "general",
                    "component", "Servers", "filters", List.of(Map.of("field", "hostname", "filter", "erp",
                            "comparer", "contain", "typ", "string"))));
            JsonNode finished = finished(alice, id(general));
            assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("finished");
            assertThat(finished.path("columns").toString()).contains("hostname");
            assertThat(finished.path("aggr").has("total")).isTrue();

            JsonNode page = JSON.readTree(result(alice, id(general), "application/json").body());
            assertThat(page.path("found").asLong()).isEqualTo(2);
            HttpResponse<String> csv = result(alice, id(general), "text/csv");
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body())).getRecords();
            assertThat(rows).extracting(row -> row.get("hostname")).containsExactlyInAnyOrder("erp-1", "erp-2");
            assertThat(result(alice, id(general), "text/inventory").body()).contains("erp-1 ansible_host=10.0.0.1")
                    .doesNotContain("erp-bob");
            HttpResponse<byte[]> pdf = HTTP.send(resultRequest(alice, id(general), "application/pdf"),
                    HttpResponse.BodyHandlers.ofByteArray());
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document)).contains("ERP servers").contains("erp-1")
                        .doesNotContain("erp-bob");
            }
            assertThat(api.send("GET", "/reports/" + id(general) + "/result", bob, null).statusCode()).isEqualTo(404);

            Map<String, Object> level = Map.of("enabled", true, "filters", List.of());
            JsonNode pivot = api.call("POST", "/reports", alice, Map.of("name", "Acme stack", "report", "pivot",
                    "component", "Clients", "filters", Map.of("clients", level, "systems", level,
                            "applications", level, "servers", level)));
            JsonNode pivotDone = finished(alice, id(pivot));
            assertThat(pivotDone.path("status").asString()).as(pivotDone.toString()).isEqualTo("finished");
            JsonNode pivotRows = JSON.readTree(result(alice, id(pivot), "application/json").body());
            assertThat(pivotRows.path("found").asLong()).as(pivotRows.toString()).isEqualTo(1);
            JsonNode row = pivotRows.path("items").get(0);
            assertThat(row.path("name").asString()).isEqualTo("Acme");
            assertThat(row.path("systems").path("name").asString()).isEqualTo("ERP");
            assertThat(row.path("applications").path("name").asString()).isEqualTo("erp-api");
            assertThat(row.path("servers").path("hostname").asString()).isEqualTo("erp-1");
        }
    }

    private JsonNode finished(String token, String reportId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode report = api.call("GET", "/reports/" + reportId, token, null);
            if (!"process".equals(report.path("status").asString())) {
                return report;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("report " + reportId + " did not finish within " + WAIT);
    }

    private HttpResponse<String> result(String token, String reportId, String accept) throws Exception {
        HttpResponse<String> answer = HTTP.send(resultRequest(token, reportId, accept),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private HttpRequest resultRequest(String token, String reportId, String accept) {
        return api.request("/reports/" + reportId + "/result").header("Authorization", "JWT " + token)
                .header("Accept", accept).GET().build();
    }
}
