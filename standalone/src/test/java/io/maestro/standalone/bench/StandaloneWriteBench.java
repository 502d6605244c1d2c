package io.maestro.standalone.bench;

import io.maestro.discovery.bench.BenchProcess;
import io.maestro.standalone.MaestroService;
import io.maestro.standalone.StandaloneRuntime;
import io.maestro.standalone.StandaloneSettings;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Audited writes on the standalone runtime (all ten services, its own store and broker, on a temporary data
 * directory), as users make them: {@code clients} concurrent clients each {@code POST /servers} in a loop, first for
 * {@code warmupSeconds} (not counted), then for {@code seconds}. Prints requests/s, p50 and p99, the failures, and how
 * long after the last write the last written server has its history. System properties: {@code clients} (8),
 * {@code seconds} (60), {@code warmupSeconds} (20), {@code dataDir} (an empty directory).
 */
public final class StandaloneWriteBench {

    /** Services on 26000-31900, clear of the tests' offsets and of the discovery bench's. */
    private static final int PORT_OFFSET = 21000;

    private final PublicApi api;

    private StandaloneWriteBench(StandaloneSettings settings) {
        api = new PublicApi(settings.publicUrl(MaestroService.SERVER));
    }

    public static void main(String[] args) {
        BenchProcess.runThenExit(StandaloneWriteBench::run);
    }

    private static void run() throws Exception {
        int clients = Integer.getInteger("clients", 8);
        int seconds = Integer.getInteger("seconds", 60);
        int warmup = Integer.getInteger("warmupSeconds", 20);
        StandaloneSettings settings = new StandaloneSettings(Path.of(System.getProperty("dataDir")), "127.0.0.1",
                PORT_OFFSET, 0, 0, "localhost");
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            StandaloneWriteBench user = new StandaloneWriteBench(settings);
            user.api.signUpAndIn("Bench User", "writes@example.com");
            System.out.printf("standalone: POST /servers, %d clients, %d s warm-up, %d s measured%n", clients, warmup,
                    seconds);
            user.load(clients, warmup, "warm-up");
            Round measured = user.load(clients, seconds, "measured");
            long written = System.nanoTime();
            user.awaitHistory(measured.lastId());
            System.out.printf("%-10s %,7d writes in %d s = %,6.0f writes/s   p50 %6.1f ms   p99 %6.1f ms   failures %d%n",
                    "measured", measured.latenciesNanos().length, seconds, measured.latenciesNanos().length / (double) seconds,
                    percentile(measured.latenciesNanos(), 0.50), percentile(measured.latenciesNanos(), 0.99),
                    measured.failures());
            System.out.printf("history of the last write complete %.1f s after it%n", (System.nanoTime() - written) / 1e9);
        }
    }

    private record Round(long[] latenciesNanos, int failures, String lastId) {
    }

    /** Every client writes until the round's end; answers every latency, the failures and the last id written. */
    private Round load(int clients, int seconds, String round) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger failures = new AtomicInteger();
        String[] lastId = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int number = client;
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int count = 0;
                for (int i = 0; System.nanoTime() < end; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = api.send("POST", "/servers", Map.of("name", round + "-" + number + "-" + i,
                            "hostname", "host-" + number + "-" + i, "ipv4_private", "10.0." + number + "." + (i % 250)));
                    long took = System.nanoTime() - start;
                    if (answer.statusCode() != 201) {
                        failures.incrementAndGet();
                        continue;
                    }
                    synchronized (lastId) {
                        lastId[0] = PublicApi.JSON.readTree(answer.body()).path("_id").asString();
                    }
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = took;
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        pool.shutdown();
        return new Round(all.stream().flatMapToLong(Arrays::stream).sorted().toArray(), failures.get(), lastId[0]);
    }

    private void awaitHistory(String serverId) throws Exception {
        while (api.call("GET", "/servers/" + serverId + "/audit", null, 200).path("found").asLong() == 0) {
            Thread.sleep(100);
        }
    }

    private static double percentile(long[] sortedNanos, double fraction) {
        return sortedNanos.length == 0 ? 0
                : sortedNanos[Math.min(sortedNanos.length - 1, (int) (sortedNanos.length * fraction))] / 1e6;
    }
}
