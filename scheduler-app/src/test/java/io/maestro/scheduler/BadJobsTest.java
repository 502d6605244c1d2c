package io.maestro.scheduler;

import static io.maestro.common.testsupport.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jobs that cannot run as stored, or whose endpoint fails, each end as a {@code danger} event naming the cause (and
 * are depleted when they can never succeed), while a good job scheduled next to them keeps firing.
 */
class BadJobsTest {

    private static SchedulerCluster cluster;

    @BeforeAll
    static void start() {
        cluster = SchedulerCluster.start("scheduler-bad-jobs-test", 1, "--maestro.timeout=2500ms");
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static ObjectId scheduled(Document fields) {
        ObjectId job = cluster.storeJob(fields);
        cluster.announce(job);
        return job;
    }

    private static Document dangerEvent(ObjectId job) throws InterruptedException {
        return eventually(() -> cluster.events(job).stream().filter(event -> "danger".equals(event.get("status")))
                .findFirst().orElse(null), Duration.ofSeconds(8), "the danger event of " + job);
    }

    private static Document webhook(String path) {
        return new Document("endpoint", cluster.outside(path)).append("method", "POST")
                .append("interval", new Document("every", 1).append("period", "seconds"));
    }

    /**
     * A job acts with the authority of those who hold it: it cannot run a connection or refresh a report they may not
     * write, and a webhook cannot call Maestro's internal APIs (which trust the service token with every tenant's
     * records, and whose answers a run would put in an event the job's holders read).
     */
    @Test
    void aJobCannotReachWhatItsHoldersMayNotWriteNorMaestrosInternalApis() throws Exception {
        ObjectId stranger = new ObjectId();
        ObjectId connection = new ObjectId();
        cluster.inventory().insert(new Document("_id", connection).append("name", "someone else's").append("status", "enabled")
                .append("active", true).append("roles", List.of(SchedulerCluster.heldBy(stranger, 7),
                        SchedulerCluster.heldBy(SchedulerCluster.HOLDER, 1))), "connections");
        ObjectId report = new ObjectId();
        cluster.inventory().insert(new Document("_id", report).append("report", "general").append("component", "Servers")
                .append("active", true).append("filters", List.of())
                .append("owner", new Document("_id", stranger).append("refs", "users"))
                .append("roles", List.of(SchedulerCluster.heldBy(stranger, 7))), "reports");
        String reportsTable = "/reports-app/reports/report_" + report.toHexString();
        cluster.peers().stubFor(any(urlPathEqualTo(reportsTable)).willReturn(okJson("{\"items\":[\"secret rows\"]}")));
        String dataApp = cluster.dataAppUrl() + "/users";

        ObjectId othersConnection = scheduled(new Document("task", "connections").append("method", "PUT")
                .append("endpoint", "crawler/aws/" + connection.toHexString() + "/server-list").append("run_immediately", true));
        ObjectId othersReport = scheduled(new Document("task", "reports").append("method", "PATCH")
                .append("endpoint", "reports/general").append("run_immediately", true)
                .append("args", List.of(new Document("key", "report_id").append("value", report.toHexString()))));
        ObjectId readsATable = scheduled(new Document("task", "reports").append("method", "GET")
                .append("endpoint", "reports/report_" + report.toHexString()).append("run_immediately", true)
                .append("args", List.of(new Document("key", "report_id").append("value", report.toHexString()))));
        ObjectId throughSource = scheduled(new Document("source", "report").append("method", "GET")
                .append("endpoint", "reports/report_" + report.toHexString()).append("run_immediately", true));
        ObjectId onDataApp = scheduled(new Document("endpoint", dataApp).append("run_immediately", true));

        assertThat(dangerEvent(othersConnection).getString("description"))
                .isEqualTo("Connection " + connection.toHexString() + " no longer exists");
        assertThat(dangerEvent(othersReport).getString("description"))
                .isEqualTo("Report " + report.toHexString() + " no longer exists");
        assertThat(dangerEvent(readsATable).getString("description")).startsWith("a reports job refreshes a report");
        assertThat(dangerEvent(throughSource).getString("description")).startsWith("a webhook calls an outside URL");
        assertThat(dangerEvent(onDataApp).getString("description")).contains("is on data-app");
        for (ObjectId refused : List.of(othersConnection, othersReport, readsATable, throughSource, onDataApp)) {
            assertThat(cluster.events(refused)).allSatisfy(event -> assertThat(event.getString("description"))
                    .doesNotContain("secret rows"));
        }
        assertThat(cluster.requests("/crawler/aws/" + connection.toHexString() + "/server-list")).isEmpty();
        assertThat(cluster.requests(reportsTable)).isEmpty();
        assertThat(cluster.requests("/reports-app/reports/general")).isEmpty();
    }

    /**
     * reports-app refreshes a report on {@code POST} or {@code PATCH} only, as 0.6's report-app did: a job that would
     * {@code PUT} can never succeed, so it is depleted before anything is sent, like any other unusable endpoint.
     */
    @Test
    void aReportsJobThatWouldPutIsDepletedWithoutCallingReportsApp() throws Exception {
        ObjectId report = new ObjectId();
        cluster.inventory().insert(new Document("_id", report).append("report", "general").append("component", "Servers")
                .append("active", true).append("filters", List.of())
                .append("owner", new Document("_id", SchedulerCluster.HOLDER).append("refs", "users"))
                .append("roles", List.of(SchedulerCluster.heldBy(SchedulerCluster.HOLDER, 7))), "reports");

        ObjectId putting = scheduled(new Document("task", "reports").append("method", "PUT")
                .append("endpoint", "reports/general").append("run_immediately", true)
                .append("args", List.of(new Document("key", "report_id").append("value", report.toHexString()))));

        assertThat(dangerEvent(putting).getString("description"))
                .isEqualTo("a reports job refreshes a report: POST or PATCH on reports/general or reports/pivot, not PUT "
                        + "reports/general");
        eventually(() -> Boolean.FALSE.equals(cluster.job(putting).get("enabled")) ? true : null,
                Duration.ofSeconds(5), "the job depleted");
        assertThat(cluster.requests("/reports-app/reports/general")).noneMatch(sent -> "PUT".equals(
                sent.getMethod().getName()));
    }

    @Test
    void eachBadJobEndsAsADangerEventNamingItsCauseAndTheGoodJobKeepsFiring() throws Exception {
        cluster.peers().stubFor(post(urlPathEqualTo("/hooks/good")).willReturn(okJson("{}")));
        cluster.peers().stubFor(post(urlPathEqualTo("/hooks/broken"))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
        cluster.peers().stubFor(post(urlPathEqualTo("/hooks/slow")).willReturn(okJson("{}").withFixedDelay(5000)));

        ObjectId good = scheduled(webhook("/hooks/good"));
        ObjectId unknownTask = scheduled(webhook("/hooks/good").append("task", "crawl"));
        ObjectId malformedCron = scheduled(webhook("/hooks/good").append("period_type", "cron")
                .append("cron", Map.of("second", 0, "minute", "75")));
        String goneConnection = new ObjectId().toHexString();
        ObjectId connectionGone = scheduled(new Document("task", "connections").append("source", "discovery")
                .append("method", "PUT").append("endpoint", "crawler/aws/" + goneConnection + "/server-list")
                .append("run_immediately", true));
        ObjectId failing = scheduled(webhook("/hooks/broken"));
        ObjectId timingOut = scheduled(webhook("/hooks/slow").append("interval",
                new Document("every", 1).append("period", "hours")).append("run_immediately", true));
        ObjectId noSource = scheduled(new Document("endpoint", "hooks/relative").append("run_immediately", true));
        ObjectId closedPort = scheduled(new Document("endpoint", "http://127.0.0.1:1/hook").append("method", "POST")
                .append("interval", new Document("every", 1).append("period", "hours")).append("run_immediately", true));

        assertThat(dangerEvent(unknownTask).getString("description"))
                .isEqualTo("task 'crawl' is none of connections, reports, webhook, jobs");
        assertThat(dangerEvent(malformedCron).getString("description")).startsWith("cron '0 75 * * * *' is malformed");
        assertThat(dangerEvent(connectionGone).getString("description"))
                .isEqualTo("Connection " + goneConnection + " no longer exists");
        assertThat(dangerEvent(failing).getString("description")).isEqualTo("The endpoint answered 500: boom");
        assertThat(dangerEvent(timingOut).getString("description")).isEqualTo("The endpoint did not answer in time");
        assertThat(dangerEvent(noSource).getString("description")).contains("no absolute http(s) URL");
        assertThat(dangerEvent(closedPort).getString("description"))
                .isEqualTo("The endpoint http://127.0.0.1:1/hook is unreachable: connection refused");

        for (ObjectId depleted : List.of(unknownTask, malformedCron, connectionGone, noSource)) {
            Document job = eventually(() -> Boolean.FALSE.equals(cluster.job(depleted).get("enabled"))
                    ? cluster.job(depleted) : null, Duration.ofSeconds(5), "the job depleted");
            assertThat(job.getString("msg")).as("the reason on the job").isNotBlank();
        }
        eventually(() -> cluster.events(failing).size() >= 2 ? true : null, Duration.ofSeconds(5),
                "the failing job again: a 500 does not deplete");
        assertThat(cluster.job(failing).get("enabled")).isEqualTo(true);
        assertThat(cluster.job(timingOut).get("enabled")).isEqualTo(true);
        assertThat(cluster.job(failing).get("last_run_status")).isEqualTo("danger");

        int goodRuns = cluster.requests("/hooks/good").size();
        eventually(() -> cluster.requests("/hooks/good").size() >= goodRuns + 2 ? true : null, Duration.ofSeconds(5),
                "the good job firing on");
        assertThat(cluster.events(good)).anySatisfy(event -> assertThat(event.get("status")).isEqualTo("success"));
    }
}
