package io.maestro.standalone.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The CPU the process's Java threads spent between two moments, by group of threads (a thread's name says what it
 * does). Unlike the process's total, it leaves out the JVM's own threads (JIT compilers, GC), whose work does not
 * grow with the writes and, at a few writes/s on a loaded machine, is most of the total.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> startNanos;

    private ThreadCpu(Map<Long, Long> startNanos) {
        this.startNanos = startNanos;
    }

    static ThreadCpu start() {
        Map<Long, Long> nanos = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            long cpu = THREADS.getThreadCpuTime(id);
            if (cpu >= 0) {
                nanos.put(id, cpu);
            }
        }
        return new ThreadCpu(nanos);
    }

    /**
     * Nanoseconds of CPU per group since {@link #start()}, largest first, for the threads alive now (a thread started
     * meanwhile counts from zero; one that ended meanwhile is missing).
     */
    Map<String, Long> since(Function<String, String> groupOfName) {
        Map<String, Long> byGroup = new HashMap<>();
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(thread.getThreadId());
            if (cpu >= 0) {
                byGroup.merge(groupOfName.apply(thread.getThreadName()),
                        cpu - startNanos.getOrDefault(thread.getThreadId(), 0L), Long::sum);
            }
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        byGroup.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }
}
