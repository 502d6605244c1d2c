package io.maestro.scheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.maestro.scheduler.domain.ScheduleBoard;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench/scheduler/run.sh}: JOBS enabled interval jobs (every INTERVAL seconds, a webhook to a WireMock stand-in)
 * on one scheduler-app with data-app, the in-process store and the machine's RabbitMQ, all in this JVM. Prints the
 * time to take the jobs in, the heap they cost, the delay from due time to the webhook call (p50/p99) over one period
 * with the due times spread evenly, the runs per second when all of them are due at once, and the delay from a
 * "Run now" to its call.
 */
public final class SchedulerBench {

    private SchedulerBench() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = Integer.getInteger("jobs", 10_000);
        int interval = Integer.getInteger("interval", 300);
        int workers = Integer.getInteger("workers", 8);
        try (SchedulerCluster cluster = SchedulerCluster.start("scheduler-bench", 0)) {
            cluster.peers().stubFor(post(urlPathMatching("/hooks/bench/.*")).willReturn(okJson("{\"ok\":true}")));
            List<String> jobIds = storeJobs(cluster, jobs, interval);
            long heapBefore = usedHeapAfterGc();

            long takingIn = System.nanoTime();
            ConfigurableApplicationContext scheduler = cluster.startScheduler("--maestro.scheduler.workers=" + workers,
                    "--maestro.scheduler.poll-interval=500ms", "--maestro.scheduler.loop-time=10s",
                    "--maestro.scheduler.leader-lease=60s", "--maestro.timeout=10000ms",
                    "--logging.level.io.maestro=WARN");
            System.out.printf(Locale.ROOT, "scheduler-app started in %.1f s%n", (System.nanoTime() - takingIn) / 1e9);
            ScheduleBoard board = scheduler.getBean(ScheduleBoard.class);
            while (board.jobCount() < jobs) {
                Thread.sleep(200);
            }
            double takeInSeconds = (System.nanoTime() - takingIn) / 1e9;
            long heapAfter = usedHeapAfterGc();
            System.out.printf(Locale.ROOT, "jobs taken in (start-up included): %d in %.1f s (%.0f jobs/s)%n", jobs,
                    takeInSeconds,
                    jobs / takeInSeconds);
            System.out.printf(Locale.ROOT, "heap: %.1f MB before the scheduler started, %.1f MB with %d jobs taken in "
                    + "(+%.1f MB, the in-process store's board included)%n", mb(heapBefore), mb(heapAfter), jobs,
                    mb(heapAfter - heapBefore));

            Timer delay = scheduler.getBean(MeterRegistry.class).get("maestro.scheduler.start.delay").timer();
            // steady state: the due times spread evenly over one period, as they end up after a while
            long period = TimeUnit.SECONDS.toMillis(interval);
            long first = System.currentTimeMillis() + 15_000;
            Map<String, Long> dueAt = spreadDueTimes(cluster, jobIds, first, period);
            Thread.sleep(first + period + 5000 - System.currentTimeMillis());
            List<Long> delays = new ArrayList<>();
            for (LoggedRequest run : cluster.peers().findAll(postRequestedFor(urlPathMatching("/hooks/bench/.*")))) {
                Long due = dueAt.remove(run.getUrl().substring("/hooks/bench/".length()));
                if (due != null) {
                    delays.add(run.getLoggedDate().getTime() - due);
                }
            }
            Collections.sort(delays);
            System.out.printf(Locale.ROOT, "steady state (%d jobs due evenly over %d s, %.0f runs/s needed): %d of them "
                    + "started within the period + 5 s; due -> webhook call p50 %d ms, p99 %d ms, max %d ms%n", jobs,
                    interval, jobs / (double) interval, delays.size(), percentile(delays, 0.5), percentile(delays, 0.99),
                    delays.isEmpty() ? 0 : delays.get(delays.size() - 1));
            System.out.printf(Locale.ROOT, "heap after the period: %.1f MB%n", mb(usedHeapAfterGc()));

            // all due at once: what one instance sustains
            Date now = new Date();
            long before = delay.count();
            cluster.schedulerStore().getCollection(cluster.boardCollection()).updateMany(new Document(),
                    new Document("$set", new Document("due_at", now)));
            long burstStart = System.nanoTime();
            while (delay.count() - before < jobs) {
                Thread.sleep(100);
            }
            double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
            System.out.printf(Locale.ROOT, "all %d due at once: started within %.1f s, %.0f runs/s; due -> start %s%n",
                    jobs, burstSeconds, jobs / burstSeconds, percentiles(delay));

            runNowDelays(cluster, jobIds);
        }
        System.exit(0);
    }

    /**
     * "Run now" on a quiet scheduler, one job after the other: from the change (stored and announced, as server-app
     * does) to the webhook call; the promise is 2 s (docs/scheduler.md).
     */
    private static void runNowDelays(SchedulerCluster cluster, List<String> jobIds) throws InterruptedException {
        int samples = Math.min(50, jobIds.size());
        List<Long> delays = new ArrayList<>();
        for (int job = 0; job < samples; job++) {
            String path = "/hooks/bench/" + job;
            int before = cluster.requests(path).size();
            long changed = System.currentTimeMillis();
            cluster.patchJob(new ObjectId(jobIds.get(job)), new Document("run_immediately", true));
            long deadline = changed + 30_000;
            while (cluster.requests(path).size() == before && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            List<LoggedRequest> runs = cluster.requests(path);
            if (runs.size() > before) {
                delays.add(runs.get(runs.size() - 1).getLoggedDate().getTime() - changed);
            }
        }
        Collections.sort(delays);
        System.out.printf(Locale.ROOT, "run now, %d jobs one after the other: %d ran; change -> webhook call p50 %d ms, "
                + "p99 %d ms, max %d ms (promise: 2,000 ms)%n", samples, delays.size(), percentile(delays, 0.5),
                percentile(delays, 0.99), delays.isEmpty() ? 0 : delays.get(delays.size() - 1));
    }

    /** Jobs a scheduler took in before (not marked {@code crawling}): the new lease holder takes them all in. */
    private static List<String> storeJobs(SchedulerCluster cluster, int jobs, int interval) {
        List<Document> documents = new ArrayList<>();
        Date now = new Date();
        for (int job = 0; job < jobs; job++) {
            documents.add(new Document("_id", new ObjectId()).append("name", "bench " + job).append("enabled", true)
                    .append("active", true).append("task", "webhook")
                    .append("endpoint", cluster.outside("/hooks/bench/" + job)).append("method", "POST")
                    .append("period_type", "interval")
                    .append("interval", new Document("every", interval).append("period", "seconds"))
                    .append("total_run_count", 1).append("created_at", now)
                    .append("updated_at", now));
        }
        cluster.inventory().getCollection("schedulers").insertMany(documents);
        return documents.stream().map(job -> job.getObjectId("_id").toHexString()).toList();
    }

    /** Job {@code i} due at {@code first + i * period / jobs}; answers endpoint number → due time (ms). */
    private static Map<String, Long> spreadDueTimes(SchedulerCluster cluster, List<String> jobIds, long first,
            long period) {
        Map<String, Long> dueAt = new HashMap<>();
        var board = cluster.schedulerStore().getCollection(cluster.boardCollection());
        for (int job = 0; job < jobIds.size(); job++) {
            long due = first + period * job / jobIds.size();
            board.updateOne(new Document("_id", jobIds.get(job)), new Document("$set", new Document("due_at", new Date(due))));
            dueAt.put(String.valueOf(job), due);
        }
        return dueAt;
    }

    private static long percentile(List<Long> sorted, double percentile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(percentile * sorted.size()) - 1));
    }

    private static String percentiles(Timer timer) {
        StringBuilder text = new StringBuilder();
        for (ValueAtPercentile value : timer.takeSnapshot().percentileValues()) {
            text.append(String.format(Locale.ROOT, "p%.0f %.0f ms ", value.percentile() * 100,
                    value.value(TimeUnit.MILLISECONDS)));
        }
        return text.toString().trim();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
