package io.maestro.scheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import io.maestro.scheduler.domain.ScheduleBoard;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code bench/scheduler/run.sh}: JOBS enabled interval jobs (every INTERVAL seconds, a webhook to a WireMock stand-in)
 * on one scheduler-app with data-app, the in-process store and the machine's RabbitMQ, all in this JVM. Prints the
 * time to take the jobs in, the heap they cost, the delay from due time to start (p50/p99) over one period of the
 * steady state, and the runs per second when all of them are due at once.
 */
public final class SchedulerBench {

    private SchedulerBench() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = Integer.getInteger("jobs", 10_000);
        int interval = Integer.getInteger("interval", 60);
        int workers = Integer.getInteger("workers", 8);
        try (SchedulerCluster cluster = SchedulerCluster.start("scheduler-bench", 0)) {
            cluster.peers().stubFor(post(urlPathMatching("/hooks/bench/.*")).willReturn(okJson("{\"ok\":true}")));
            storeJobs(cluster, jobs, interval);
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
            // steady state: the jobs fall due over the take-in time, one period after it
            long steadyStart = System.nanoTime();
            Thread.sleep(TimeUnit.SECONDS.toMillis(interval) + (long) (takeInSeconds * 1000) + 5000);
            double steadySeconds = (System.nanoTime() - steadyStart) / 1e9;
            long steadyRuns = delay.count();
            System.out.printf(Locale.ROOT, "steady state: %d runs in %.0f s; due -> start %s%n", steadyRuns,
                    steadySeconds, percentiles(delay));
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
        }
        System.exit(0);
    }

    /** Jobs a scheduler took in before (not marked {@code crawling}): the new lease holder takes them all in. */
    private static void storeJobs(SchedulerCluster cluster, int jobs, int interval) {
        List<Document> documents = new ArrayList<>();
        Date now = new Date();
        for (int job = 0; job < jobs; job++) {
            documents.add(new Document("_id", new ObjectId()).append("name", "bench " + job).append("enabled", true)
                    .append("active", true).append("task", "webhook").append("source", "discovery")
                    .append("endpoint", "hooks/bench/" + job).append("method", "POST").append("period_type", "interval")
                    .append("interval", new Document("every", interval).append("period", "seconds"))
                    .append("total_run_count", 1).append("created_at", now)
                    .append("updated_at", now));
        }
        cluster.inventory().getCollection("schedulers").insertMany(documents);
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
