package io.maestro.scheduler.domain;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * The instance's two loops. Every {@code poll-interval} it claims the due entries of the {@link ScheduleBoard} it has
 * workers free for, runs each and puts its next due time back. Every {@code loop-time} it takes or renews the
 * {@link LeaderLease}; the holder takes in the changed jobs ({@code crawling}), and all jobs when it has just become
 * the holder. Any number of instances may run: a due time fires on the one instance that claimed it.
 */
@Service
public class SchedulerLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLoop.class);
    /** Ids one scan fetches per worker. */
    private static final int CANDIDATES_PER_WORKER = 25;

    private final ScheduleBoard board;
    private final LeaderLease lease;
    private final JobSync sync;
    private final JobRunner runner;
    private final SchedulerProperties properties;
    private final Clock clock;
    private final Semaphore freeWorkers;
    private final Map<String, ScheduleEntry> claimed = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean dispatchPending = new AtomicBoolean();
    /** Due ids of the last scan not tried yet; only the dispatching thread touches it. */
    private final Deque<String> candidates = new ArrayDeque<>();
    private final Timer startDelay;
    private volatile boolean leader;
    private volatile ScheduledExecutorService loops;
    private volatile ExecutorService workers;

    public SchedulerLoop(ScheduleBoard board, LeaderLease lease, JobSync sync, JobRunner runner,
            SchedulerProperties properties, Clock clock, MeterRegistry meters) {
        this.board = board;
        this.lease = lease;
        this.sync = sync;
        this.runner = runner;
        this.properties = properties;
        this.clock = clock;
        this.freeWorkers = new Semaphore(properties.workers());
        this.startDelay = Timer.builder("maestro.scheduler.start.delay")
                .description("From a job's due time to the start of its run on this instance")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    public String instance() {
        return properties.instance();
    }

    /** Runs under way on this instance. */
    public int running() {
        return running.get();
    }

    /**
     * Looks for due entries now rather than at the next poll: a job was just changed, or a run ended and its worker is
     * free for the next due entry. Wakes that come while one is pending make one look.
     */
    public void wake() {
        ScheduledExecutorService current = loops;
        if (current != null && !current.isShutdown() && dispatchPending.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    dispatchPending.set(false);
                    dispatchSafely();
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                dispatchPending.set(false);
            }
        }
    }

    @Override
    public synchronized void start() {
        AtomicInteger worker = new AtomicInteger();
        workers = Executors.newFixedThreadPool(properties.workers(),
                runnable -> new Thread(runnable, "scheduler-run-" + worker.incrementAndGet()));
        loops = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "scheduler-loop"));
        loops.scheduleWithFixedDelay(this::keepInStep, 0, properties.loopTime().toMillis(), TimeUnit.MILLISECONDS);
        loops.scheduleWithFixedDelay(this::dispatchSafely, properties.pollInterval().toMillis(),
                properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops claiming, lets the runs under way finish (their calls have timeouts), gives back the entries claimed but not
     * started and the lease, so that the other instances take over at once.
     */
    @Override
    public synchronized void stop() {
        if (loops == null) {
            return;
        }
        // the loop step under way ends first (a job half taken in would be taken in again by the next holder)
        loops.shutdown();
        workers.shutdown();
        try {
            if (!loops.awaitTermination(properties.leaderLease().toMillis(), TimeUnit.MILLISECONDS)) {
                loops.shutdownNow();
            }
            if (!workers.awaitTermination(properties.claimLease().toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ScheduleEntry entry : claimed.values()) {
            board.release(entry, instance());
        }
        claimed.clear();
        if (leader) {
            lease.release(instance());
            leader = false;
        }
        loops = null;
    }

    @Override
    public boolean isRunning() {
        return loops != null;
    }

    /** Renews or takes the lease; the holder takes in changed jobs, all of them when it has just become the holder. */
    void keepInStep() {
        try {
            Instant now = clock.instant();
            boolean wasLeader = leader;
            leader = lease.acquire(instance(), now, now.plus(properties.leaderLease()));
            if (leader && !wasLeader) {
                log.info("Scheduler instance {} holds the lease: taking in all jobs", instance());
                sync.reconcile();
            } else if (leader) {
                sync.applyChanged();
            }
        } catch (RuntimeException failure) {
            log.warn("Could not take in the jobs' changes: {}", failure.getMessage());
        }
    }

    private void dispatchSafely() {
        try {
            dispatch();
        } catch (RuntimeException failure) {
            log.warn("Could not look for due jobs: {}", failure.getMessage());
        }
    }

    /**
     * Claims due entries while workers are free. The ids of one scan are tried one after the other (a claim fails
     * cheaply when another instance was first), so that a backlog costs one scan per many runs, not one per run.
     */
    private synchronized void dispatch() {
        ExecutorService pool = workers;
        if (pool == null || pool.isShutdown()) {
            return;
        }
        boolean scanned = false;
        while (freeWorkers.tryAcquire()) {
            if (candidates.isEmpty() && !scanned) {
                candidates.addAll(board.due(clock.instant(), properties.workers() * CANDIDATES_PER_WORKER));
                scanned = true;
            }
            String id = candidates.poll();
            if (id == null) {
                freeWorkers.release();
                return;
            }
            Instant now = clock.instant();
            Optional<ScheduleEntry> entry;
            try {
                entry = board.claim(id, instance(), now, now.plus(properties.claimLease()));
            } catch (RuntimeException failure) {
                freeWorkers.release();
                throw failure;
            }
            if (entry.isPresent()) {
                start(pool, entry.get(), now);
            } else {
                freeWorkers.release();
            }
        }
    }

    private void start(ExecutorService pool, ScheduleEntry entry, Instant now) {
        log.debug("Instance {} runs {} due at {}", instance(), entry.id(), entry.dueAt());
        startDelay.record(Duration.between(entry.dueAt(), now).isNegative() ? Duration.ZERO
                : Duration.between(entry.dueAt(), now));
        claimed.put(entry.id(), entry);
        running.incrementAndGet();
        pool.execute(() -> {
            try {
                runClaimed(entry);
            } finally {
                claimed.remove(entry.id());
                running.decrementAndGet();
                freeWorkers.release();
                wake();
            }
        });
    }

    private void runClaimed(ScheduleEntry entry) {
        try {
            if (entry.oneShot()) {
                runner.chained(entry.jobId()).ifPresent(job -> runner.run(job, null));
                board.finish(entry, instance());
                return;
            }
            Instant next = Triggers.of(entry.job()).next(entry.dueAt(), clock.instant());
            if (runner.run(entry.job(), next)) {
                board.finish(entry, instance());
            } else {
                board.reschedule(entry, instance(), next);
            }
        } catch (InvalidJobException invalid) {
            // the trigger read when the job was taken in cannot give another due time (a cron date in the past)
            runner.run(entry.job(), null);
            board.finish(entry, instance());
        } catch (RuntimeException failure) {
            // the run could not be recorded (data-app down): the job fires again at its next due time, not at once
            log.warn("Job {} could not be run or recorded: {}", entry.jobId(), failure.getMessage());
            rescheduleAfterFailure(entry);
        }
    }

    private void rescheduleAfterFailure(ScheduleEntry entry) {
        try {
            if (entry.oneShot()) {
                board.finish(entry, instance());
            } else {
                board.reschedule(entry, instance(), Triggers.of(entry.job()).next(entry.dueAt(), clock.instant()));
            }
        } catch (RuntimeException failure) {
            log.warn("Job {} stays claimed until its lease runs out: {}", entry.jobId(), failure.getMessage());
        }
    }

    /** True while this instance holds the lease. */
    public boolean leader() {
        return leader;
    }
}
