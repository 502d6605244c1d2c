package io.maestro.server.api.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /reports/:id/result} with a download that takes longer than {@code maestro.timeout} (here 2 s): it
 * arrives whole as long as reports-app keeps sending; a reports-app that stalls half-way is cut, and the client sees
 * a broken transfer, never a short file that looks whole.
 */
@MaestroApiTest(classes = ServerApplication.class,
        properties = {"spring.config.name=server-app", "maestro.timeout=2000ms"})
class ReportDownloadTimeoutApiTest extends FakeReportsAppApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final int SIZE = 200_000;

    ReportDownloadTimeoutApiTest() {
        super("downloads");
    }

    /** A report whose CSV reports-app sends in {@code chunks} pieces spread over {@code duration}; its id. */
    private String reportWithDribbledCsv(int chunks, Duration duration) {
        REPORTS_APP.stubFor(post(urlEqualTo("/reports/general")).willReturn(okJson("{}")));
        String id = api.post(user, "/reports", Map.of("name", "slow export", "report", "general",
                "component", "Servers", "filters", List.of())).at("/_id").asString();
        REPORTS_APP.stubFor(get(urlPathEqualTo("/reports/" + id + "_general")).willReturn(aResponse()
                .withHeader("Content-Type", "text/csv;charset=UTF-8")
                .withHeader("Content-Disposition", "attachment; filename=\"" + id + "_general.csv\"")
                .withBody("x".repeat(SIZE)).withChunkedDribbleDelay(chunks, (int) duration.toMillis())));
        return id;
    }

    private HttpResponse<String> download(String id) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/reports/" + id + "/result"))
                .header("Authorization", "JWT " + user.token()).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDownloadLongerThanTheTimeoutArrivesWholeWhileReportsAppKeepsSending() throws Exception {
        // 16 pieces 250 ms apart: 4 s in all, twice the timeout, never a gap near it
        String id = reportWithDribbledCsv(16, Duration.ofSeconds(4));

        long started = System.nanoTime();
        HttpResponse<String> csv = download(id);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(TIMEOUT);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).hasSize(SIZE);
    }

    @Test
    void aReportsAppThatStallsHalfWayIsCutAndTheClientSeesABrokenTransfer() {
        // the second half would come 20 s after the first
        String id = reportWithDribbledCsv(2, Duration.ofSeconds(40));

        long started = System.nanoTime();
        assertThatThrownBy(() -> download(id)).isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }
}
