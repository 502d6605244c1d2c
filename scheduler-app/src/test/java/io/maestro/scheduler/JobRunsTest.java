package io.maestro.scheduler;

import static io.maestro.common.testsupport.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.maestro.scheduler.domain.Job;
import io.maestro.scheduler.domain.ScheduleBoard;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One scheduler-app with data-app on the in-process store and the real RabbitMQ, its peers played by WireMock: jobs of
 * each task fire on their trigger, each run is recorded on the job and as an event, and changes apply at once.
 */
class JobRunsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static SchedulerCluster cluster;

    @BeforeAll
    static void start() {
        // calls get the services' default timeout: a cold JVM on a loaded machine takes seconds to answer its first webhook
        cluster = SchedulerCluster.start("scheduler-runs-test", 1, "--maestro.timeout=10s");
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static ObjectId storeConnection() {
        ObjectId connection = new ObjectId();
        cluster.inventory().insert(new Document("_id", connection).append("name", "prod account").append("provider", "AWS")
                .append("status", "enabled").append("active", true)
                .append("roles", List.of(SchedulerCluster.heldBy(SchedulerCluster.HOLDER, 7))), "connections");
        return connection;
    }

    /**
     * The roles of every stored job as data-app answers them: a job put on the board by hand carries them too, else
     * the scheduler takes the stored job for a changed one and puts it on the board again while it is due.
     */
    private static final List<Map<String, Object>> HELD = List.of(
            Map.of("_id", SchedulerCluster.HOLDER.toHexString(), "refs", "users", "role", 7));

    private static long runCount(ObjectId job) {
        return ((Number) cluster.job(job).get("total_run_count")).longValue();
    }

    @Test
    void aConnectionsSyncJobRunsOnItsWindowUntilTheConnectionIsInDanger() throws Exception {
        ObjectId connection = storeConnection();
        String crawl = "/crawler/aws/" + connection.toHexString() + "/server-list";
        cluster.peers().stubFor(put(urlPathEqualTo(crawl)).willReturn(okJson(
                "{\"msg\":\"In progress. server-list\",\"task\":\"server-list\",\"status\":\"warning\"}")));
        ObjectId job = cluster.storeJob(new Document("name", "connections - server-list - " + connection)
                .append("task", "connections").append("source", "discovery").append("method", "PUT")
                .append("endpoint", "crawler/aws/" + connection.toHexString() + "/server-list")
                .append("interval", new Document("every", 2).append("period", "seconds")));
        cluster.announce(job);

        eventually(() -> cluster.requests(crawl).size() >= 2 ? true : null, Duration.ofSeconds(10), "two syncs");
        assertThat(cluster.requests(crawl).get(0).getHeader("Authorization")).as("the private service token").isNotBlank();
        Document stored = eventually(() -> runCount(job) >= 3 ? cluster.job(job) : null, Duration.ofSeconds(15),
                "the run count");
        assertThat(stored.get("last_run_at")).isInstanceOf(Date.class);
        assertThat(stored.get("next_run_at")).isInstanceOf(Date.class);
        assertThat(stored.get("last_run_status")).isEqualTo("success");
        assertThat(stored.get("crawling")).as("the change was taken in").isNull();
        Document event = cluster.events(job).get(0);
        assertThat(event.get("context")).isEqualTo("scheduler");
        assertThat(event.get("status")).isEqualTo("success");
        assertThat(event.getString("msg")).isEqualTo("Scheduler run - connections - server-list - " + connection);
        assertThat(event.getString("description")).contains("In progress. server-list");
        assertThat(event.get("created_at")).isInstanceOf(Date.class);

        cluster.inventory().getCollection("connections").updateOne(new Document("_id", connection), new Document("$set",
                new Document("process.server-list", new Document("state", "danger").append("msg", "Bad credentials"))));

        Document depleted = eventually(() -> Boolean.FALSE.equals(cluster.job(job).get("enabled")) ? cluster.job(job)
                : null, Duration.ofSeconds(6), "the job depleted");
        assertThat(depleted.getString("msg")).contains("server-list is in danger");
        List<Document> events = cluster.events(job);
        assertThat(events.get(events.size() - 1).get("status")).isEqualTo("danger");
        int syncs = cluster.requests(crawl).size();
        Thread.sleep(3000);
        assertThat(cluster.requests(crawl)).as("a depleted job stops").hasSize(syncs);
        assertThat(cluster.scheduler(0).getBean(ScheduleBoard.class).entry(job.toHexString())).isEmpty();
    }

    @Test
    void aJobMarkedRunImmediatelyRunsAtOnceNotAtItsNextPeriod() throws Exception {
        cluster.peers().stubFor(post(urlPathEqualTo("/hooks/now")).willReturn(okJson("{\"ok\":true}")));
        ObjectId job = cluster.storeJob(new Document("endpoint", cluster.outside("/hooks/now"))
                .append("method", "POST").append("interval", new Document("every", 1).append("period", "hours")));
        cluster.announce(job);
        eventually(() -> cluster.job(job).get("next_run_at"), Duration.ofSeconds(15), "the job scheduled");
        assertThat(cluster.requests("/hooks/now")).as("first due in an hour").isEmpty();

        Instant changed = Instant.now();
        cluster.patchJob(job, new Document("run_immediately", true));

        LoggedRequest run = eventually(() -> cluster.requests("/hooks/now").stream().findFirst().orElse(null),
                Duration.ofSeconds(15), "the run");
        // at once, not in an hour; how soon (the 2 s promise) is measured by bench/scheduler, not on a loaded CI machine
        assertThat(Duration.between(changed, run.getLoggedDate().toInstant())).isLessThan(Duration.ofSeconds(10));
        Document stored = eventually(() -> cluster.job(job).get("last_run_at") != null ? cluster.job(job) : null,
                Duration.ofSeconds(15), "the run recorded");
        assertThat(stored.get("run_immediately")).isNull();
        assertThat(((Date) stored.get("next_run_at")).toInstant()).isAfter(Instant.now().plus(Duration.ofMinutes(55)));
    }

    @Test
    void aJobMarkedCrawlingIsTakenInWithoutAMessageAsIn06() throws Exception {
        cluster.peers().stubFor(post(urlPathEqualTo("/hooks/polled")).willReturn(okJson("{}")));
        cluster.storeJob(new Document("endpoint", cluster.outside("/hooks/polled")).append("method", "POST")
                .append("run_immediately", true));

        eventually(() -> cluster.requests("/hooks/polled").isEmpty() ? null : true, Duration.ofSeconds(15),
                "the run of a job nobody announced");
    }

    @Test
    void disabledAndDeletedJobsNeverFire() throws Exception {
        cluster.peers().stubFor(post(urlPathEqualTo("/hooks/off")).willReturn(okJson("{}")));
        ObjectId disabled = cluster.storeJob(new Document("endpoint", cluster.outside("/hooks/off"))
                .append("method", "POST").append("enabled", false).append("run_immediately", true));
        ObjectId deleted = cluster.storeJob(new Document("endpoint", cluster.outside("/hooks/off"))
                .append("method", "POST").append("active", false).append("run_immediately", true));
        ObjectId disabledLater = cluster.storeJob(new Document("endpoint", cluster.outside("/hooks/off"))
                .append("method", "POST").append("interval", new Document("every", 1).append("period", "hours")));
        cluster.announce(disabled);
        cluster.announce(deleted);
        cluster.announce(disabledLater);
        ScheduleBoard board = cluster.scheduler(0).getBean(ScheduleBoard.class);
        eventually(() -> board.entry(disabledLater.toHexString()).orElse(null), Duration.ofSeconds(15), "the job scheduled");

        cluster.patchJob(disabledLater, new Document("enabled", false).append("run_immediately", true));

        eventually(() -> board.entry(disabledLater.toHexString()).isEmpty() ? true : null, Duration.ofSeconds(15),
                "the disabled job dropped");
        Thread.sleep(1500);
        assertThat(cluster.requests("/hooks/off")).isEmpty();
        assertThat(board.entry(disabled.toHexString())).isEmpty();
        assertThat(board.entry(deleted.toHexString())).isEmpty();
        assertThat(cluster.job(deleted).get("crawling")).as("taken in").isNull();
    }

    @Test
    void aJobDueWhileNoSchedulerRanFiresOnceThenAtItsNextPeriod() throws Exception {
        cluster.peers().stubFor(post(urlPathEqualTo("/hooks/missed")).willReturn(okJson("{}")));
        ObjectId job = cluster.storeJob(new Document("endpoint", cluster.outside("/hooks/missed"))
                .append("method", "POST").append("interval", new Document("every", 1).append("period", "hours"))
                .append("crawling", false));
        Instant missed = Instant.now().minus(Duration.ofHours(3)).minusSeconds(600);
        // the board as a scheduler left it when it stopped, three hours and more ago
        ScheduleBoard board = cluster.scheduler(0).getBean(ScheduleBoard.class);
        assertThat(board.put(new Job(Map.of("_id", job.toHexString(), "name", "missed", "task", "webhook",
                "endpoint", cluster.outside("/hooks/missed"), "method", "POST",
                "interval", Map.of("every", 1, "period", "hours"), "roles", HELD)), "every 1 hour", missed,
                board.entry(job.toHexString()))).isTrue();

        Document stored = eventually(() -> cluster.job(job).get("next_run_at") != null ? cluster.job(job) : null,
                Duration.ofSeconds(15), "the missed run");
        Thread.sleep(1000);
        assertThat(cluster.requests("/hooks/missed")).as("once, not once per missed hour").hasSize(1);
        assertThat(((Date) stored.get("next_run_at")).toInstant())
                .isEqualTo(missed.plus(Duration.ofHours(4)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                .isAfter(Instant.now());
    }

    @Test
    void aDueTimeClaimedByAnInstanceThatDiedRunsOnAnotherOnceItsLeaseRunsOut() throws Exception {
        cluster.peers().stubFor(post(urlPathEqualTo("/hooks/orphan")).willReturn(okJson("{}")));
        ObjectId job = cluster.storeJob(new Document("endpoint", cluster.outside("/hooks/orphan"))
                .append("method", "POST").append("interval", new Document("every", 1).append("period", "hours"))
                .append("crawling", false));
        ScheduleBoard board = cluster.scheduler(0).getBean(ScheduleBoard.class);
        Instant due = Instant.now().plusSeconds(1);
        Job stored = new Job(Map.of("_id", job.toHexString(), "name", "orphan", "task", "webhook",
                "endpoint", cluster.outside("/hooks/orphan"), "method", "POST",
                "interval", Map.of("every", 1, "period", "hours"), "roles", HELD));
        assertThat(board.put(stored, "every 1 hour", due, board.entry(job.toHexString()))).isTrue();
        Instant leaseEnds = due.plusSeconds(2);
        // an instance claims the due time and dies: it never runs it, never gives it back
        assertThat(board.claim(job.toHexString(), "dead-instance", due, leaseEnds)).isPresent();

        LoggedRequest run = eventually(() -> cluster.requests("/hooks/orphan").stream().findFirst().orElse(null),
                Duration.ofSeconds(8), "the orphaned run");
        assertThat(run.getLoggedDate().toInstant()).isAfterOrEqualTo(leaseEnds.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        Thread.sleep(1000);
        assertThat(cluster.requests("/hooks/orphan")).hasSize(1);
    }

    @Test
    void aReportJobRefreshesTheReportOnReportsAppForTheReportsOwner() throws Exception {
        ObjectId owner = SchedulerCluster.HOLDER;
        ObjectId report = new ObjectId();
        cluster.inventory().insert(new Document("_id", report).append("name", "DC servers").append("report", "general")
                .append("component", "Servers").append("active", true)
                .append("filters", List.of(new Document("field", "active").append("filter", "true")))
                .append("owner", new Document("_id", owner).append("refs", "users"))
                .append("roles", List.of(SchedulerCluster.heldBy(owner, 7))), "reports");
        cluster.peers().stubFor(any(urlPathEqualTo("/reports-app/reports/general"))
                .willReturn(okJson("{\"status\":\"process\"}")));
        ObjectId job = cluster.storeJob(new Document("task", "reports").append("source", "report").append("method", "PATCH")
                .append("endpoint", "reports/general").append("run_immediately", true)
                .append("interval", new Document("every", "1").append("period", "days"))
                .append("args", List.of(new Document("key", "report_id").append("value", report.toHexString()),
                        new Document("key", "owner_user").append("value", new ObjectId().toHexString()))));
        cluster.announce(job);

        LoggedRequest refresh = eventually(() -> cluster.requests("/reports-app/reports/general").stream().findFirst()
                .orElse(null), Duration.ofSeconds(15), "the refresh");
        assertThat(refresh.getMethod().getName()).isEqualTo("PATCH");
        assertThat(refresh.getHeader("Authorization")).isNotBlank();
        JsonNode body = JSON.readTree(refresh.getBodyAsString());
        assertThat(body.path("report_id").asString()).isEqualTo(report.toHexString());
        assertThat(body.path("owner_user").asString()).as("the report's owner, not whom the args name")
                .isEqualTo(owner.toHexString());
        assertThat(body.path("component").asString()).isEqualTo("Servers");
        assertThat(JSON.readTree(body.path("filters").asString()).path(0).path("field").asString()).isEqualTo("active");
        eventually(() -> cluster.events(job).isEmpty() ? null : true, Duration.ofSeconds(15), "the event");
        assertThat(cluster.events(job).get(0).getString("status")).isEqualTo("success");
    }

    @Test
    void aWebhookToAnOutsideUrlGetsTheArgsButNoTokenThenItsChainRunsAfterTheCountdown() throws Exception {
        String outside = cluster.peers().baseUrl().replace("localhost", "127.0.0.1");
        cluster.peers().stubFor(post(urlPathEqualTo("/outside/hook")).willReturn(okJson("{\"received\":true}")));
        cluster.peers().stubFor(post(urlPathEqualTo("/hooks/chained")).willReturn(okJson("{}")));
        ObjectId chained = cluster.storeJob(new Document("endpoint", cluster.outside("/hooks/chained"))
                .append("method", "POST").append("interval", new Document("every", 1).append("period", "hours")));
        cluster.announce(chained);
        ObjectId job = cluster.storeJob(new Document("endpoint", outside + "/outside/hook").append("method", "POST")
                .append("run_immediately", true)
                .append("args", List.of(new Document("key", "region").append("value", "eu-west-1")))
                .append("chain", List.of(new Document("_id", chained.toHexString()).append("name", "next")
                        .append("countdown", 1))));
        cluster.announce(job);

        LoggedRequest hook = eventually(() -> cluster.requests("/outside/hook").stream().findFirst().orElse(null),
                Duration.ofSeconds(15), "the webhook");
        assertThat(hook.containsHeader("Authorization")).as("no Maestro token to an outside URL").isFalse();
        assertThat(JSON.readTree(hook.getBodyAsString()).path("region").asString()).isEqualTo("eu-west-1");
        LoggedRequest next = eventually(() -> cluster.requests("/hooks/chained").stream().findFirst().orElse(null),
                Duration.ofSeconds(15), "the chained job");
        assertThat(Duration.between(hook.getLoggedDate().toInstant(), next.getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        eventually(() -> runCount(chained) == 2 ? true : null, Duration.ofSeconds(15), "the chained run counted");
        assertThat(cluster.events(job).get(0).getString("description")).contains("received");
    }
}
