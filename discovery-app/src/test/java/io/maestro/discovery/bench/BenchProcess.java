package io.maestro.discovery.bench;

/** The JVM of a benchmark main, which in-process services would keep up (and consuming) after the work is done. */
public final class BenchProcess {

    /** A benchmark's work. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private BenchProcess() {
    }

    /** Runs {@code work}, then ends the JVM: status 0 when it completed, 1 (with the stack trace) when it threw. */
    public static void runThenExit(Work work) {
        try {
            work.run();
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }
}
