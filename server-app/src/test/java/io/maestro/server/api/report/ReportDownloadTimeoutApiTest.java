package io.maestro.server.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.testsupport.DribblingPeer;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * {@code GET /reports/:id/result} with a download that takes longer than {@code maestro.timeout} (here 2 s), from a
 * reports-app that sends its file in pieces: the file arrives whole as long as reports-app keeps sending; one that
 * stalls half-way is cut, and the client sees a broken transfer, never a short file that looks whole.
 */
@MaestroApiTest(classes = ServerApplication.class,
        properties = {"spring.config.name=server-app", "maestro.timeout=2000"})
class ReportDownloadTimeoutApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv;charset=UTF-8",
            "Content-Disposition", "attachment; filename=\"rows.csv\"");
    private static final int SIZE = 200_000;
    private static final DribblingPeer REPORTS_APP = dribblingPeer();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    User user;
    String report;

    private static DribblingPeer dribblingPeer() {
        try {
            return new DribblingPeer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void reportsApp(DynamicPropertyRegistry registry) {
        registry.add("maestro.peers.report", REPORTS_APP::baseUrl);
    }

    @AfterAll
    static void stop() {
        REPORTS_APP.close();
    }

    /** A report of a new user (the peer answers its start {@code {}}). */
    @BeforeEach
    void setUp() {
        ApiClient api = new ApiClient(port, mongo);
        user = api.newUser("downloads");
        report = api.post(user, "/reports", Map.of("name", "slow export", "report", "general",
                "component", "Servers", "filters", List.of())).at("/_id").asString();
    }

    /** The CSV, by a client that would read an error envelope too (so that one could be written after the file). */
    private HttpResponse<String> download() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/reports/" + report + "/result"))
                .header("Authorization", "JWT " + user.token()).header("Accept", "text/csv, application/json;q=0.5")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDownloadLongerThanTheTimeoutArrivesWholeWhileReportsAppKeepsSending() throws Exception {
        // 16 pieces 250 ms apart: nearly 4 s in all, twice the timeout, never a pause near it
        REPORTS_APP.dribble(CSV, "x".repeat(SIZE), 16, Duration.ofMillis(250));

        long started = System.nanoTime();
        HttpResponse<String> csv = download();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(TIMEOUT);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"rows.csv\"");
        assertThat(csv.body().length()).isEqualTo(SIZE);
    }

    @Test
    void aReportsAppThatStallsHalfWayIsCutAndTheClientSeesABrokenTransfer() {
        // the second half would come 30 s after the first
        REPORTS_APP.dribble(CSV, "x".repeat(SIZE), 2, Duration.ofSeconds(30));

        long started = System.nanoTime();
        assertThatThrownBy(this::download).isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    }
}
