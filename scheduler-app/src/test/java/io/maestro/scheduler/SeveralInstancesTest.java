package io.maestro.scheduler;

import static io.maestro.common.testsupport.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Three scheduler-apps on one store and broker (compatibility.md D4): 50 jobs due in the same second run exactly 50
 * times, although one instance is stopped while they run.
 */
class SeveralInstancesTest {

    private static final int JOBS = 50;

    private static SchedulerCluster cluster;

    @BeforeAll
    static void start() {
        // few workers and a slow endpoint, so that the runs take a while and the stop falls in their midst
        cluster = SchedulerCluster.start("scheduler-instances-test", 3, "--maestro.scheduler.workers=3");
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void fiftyJobsDueTogetherRunOnceEachWhileAnInstanceStops() throws Exception {
        cluster.peers().stubFor(post(urlPathMatching("/hooks/together/.*")).willReturn(okJson("{}").withFixedDelay(300)));
        List<ObjectId> jobs = new ArrayList<>();
        for (int job = 0; job < JOBS; job++) {
            // marked as server-app marks a new job, not announced: the lease holder's poll takes all 50 in at once
            jobs.add(cluster.storeJob(new Document("endpoint", cluster.outside("/hooks/together/" + job))
                    .append("method", "POST").append("run_immediately", true)
                    .append("interval", new Document("every", 1).append("period", "hours"))));
        }

        eventually(() -> calls().size() >= 8 ? true : null, Duration.ofSeconds(15), "the first runs");
        ConfigurableApplicationContext stopped = cluster.scheduler(0);
        stopped.close();
        assertThat(calls().size()).as("stopped in the midst of the runs").isLessThan(JOBS);

        eventually(() -> calls().size() >= JOBS ? true : null, Duration.ofSeconds(30), "all 50 runs");
        Thread.sleep(2000);
        Map<String, Long> runsPerJob = calls().stream()
                .collect(Collectors.groupingBy(LoggedRequest::getUrl, Collectors.counting()));
        assertThat(runsPerJob).hasSize(JOBS);
        assertThat(runsPerJob.values()).as("each job once").containsOnly(1L);
        for (ObjectId job : jobs) {
            Document stored = eventually(() -> cluster.job(job).get("last_run_at") != null ? cluster.job(job) : null,
                    Duration.ofSeconds(5), "the run recorded");
            assertThat(((Number) stored.get("total_run_count")).longValue()).isEqualTo(2);
            assertThat(cluster.events(job)).hasSize(1);
        }
        assertThat(cluster.schedulerStore().getCollection(cluster.boardCollection() + "_claims").countDocuments())
                .as("no due time left claimed").isZero();
        assertThat(cluster.schedulerStore().getCollection(cluster.boardCollection()).countDocuments(
                new Document("due_at", new Document("$lte", new Date())))).as("every job due again later").isZero();
    }

    private static List<LoggedRequest> calls() {
        return cluster.peers().findAll(postRequestedFor(urlPathMatching("/hooks/together/.*")));
    }
}
