package io.maestro.standalone.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.discovery.bench.BenchProcess;
import io.maestro.discovery.bench.Ec2InstancePages;
import io.maestro.standalone.MaestroService;
import io.maestro.standalone.StandaloneRuntime;
import io.maestro.standalone.StandaloneSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The EC2 {@code server-list} sync of {@code DiscoverySyncBench} in the standalone runtime (all ten services, its own
 * store and broker, on a temporary data directory), driven as a user would: sign up, a datacenter, an AWS connection
 * whose {@code url} is WireMock, {@code PUT /connections/:id/task/server-list}, then the connection's
 * {@code process} polled until the run is over. System properties: {@code instances} (100000), {@code dataDir} (an
 * empty directory for the runtime's store). The page size is the runtime's {@code MAESTRO_SCAN_QTD}.
 */
public final class StandaloneDiscoveryBench {

    /** Services on 24000-29900 (clear of the browser tests' 17000 and 18000 offsets); store and broker on free ports. */
    private static final int PORT_OFFSET = 19000;
    /** How often the sync's "In progress" message is printed while the bench waits. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final PublicApi api;

    private StandaloneDiscoveryBench(StandaloneSettings settings) {
        api = new PublicApi(settings.publicUrl(MaestroService.SERVER));
    }

    public static void main(String[] args) {
        BenchProcess.runThenExit(StandaloneDiscoveryBench::run);
    }

    private static void run() throws Exception {
        int instances = Integer.getInteger("instances", 100_000);
        int pageSize = Integer.parseInt(System.getenv().getOrDefault("MAESTRO_SCAN_QTD", "1000"));
        Path data = Path.of(System.getProperty("dataDir"));
        WireMockServer aws = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        aws.start();
        Ec2InstancePages.serve(aws, instances, pageSize);
        StandaloneSettings settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            StandaloneDiscoveryBench user = new StandaloneDiscoveryBench(settings);
            String connection = user.awsConnection(aws.baseUrl());
            System.out.printf("standalone: %,d instances, pages of %,d%n", instances, pageSize);
            report("first sync", instances, user.sync(connection));
            report("unchanged re-sync", instances, user.sync(connection));
        } finally {
            aws.stop();
        }
    }

    /** Signs up and in, then creates a datacenter and an AWS connection on it; answers the connection's id. */
    private String awsConnection(String awsUrl) throws Exception {
        api.signUpAndIn("Bench User", "bench@example.com");
        String datacenter = api.call("POST", "/datacenters", Map.of("name", "AWS - Virginia", "provider", "AWS"), 201)
                .path("_id").asString();
        return api.call("POST", "/connections", Map.of("name", "Bench AWS", "provider", "AWS", "service", "iam_aws",
                "dc", "AWS - Virginia", "dc_id", datacenter, "regions", List.of("us-east-1 (N. Virginia)"),
                "url", awsUrl, "conn", Map.of("access", "AKIAIOSFODNN7EXAMPLE",
                        "secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")), 201).path("_id").asString();
    }

    /** Seconds from the task's PUT to its finished state on the connection; fails unless that state is success. */
    private double sync(String connection) throws Exception {
        long start = System.nanoTime();
        api.call("PUT", "/connections/" + connection + "/task/server-list", Map.of(), 200);
        long lastShown = start;
        while (true) {
            JsonNode state = api.call("GET", "/connections/" + connection, null, 200).path("process").path("server-list");
            String status = state.path("state").asString();
            if ("warning".equals(status) && System.nanoTime() - lastShown > PROGRESS_EVERY.toNanos()) {
                // what the dashboard's task drawer shows meanwhile
                System.out.printf("  %5.0f s  %s%n", (System.nanoTime() - start) / 1e9, state.path("msg").asString());
                lastShown = System.nanoTime();
            }
            if (!status.isEmpty() && !"warning".equals(status)) {
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!"success".equals(status)) {
                    throw new IllegalStateException("The sync ended " + state);
                }
                System.out.println("  " + state.path("msg").asString());
                return seconds;
            }
            Thread.sleep(200);
        }
    }

    private static void report(String what, int resources, double seconds) {
        System.out.printf("%-28s %,9d resources in %8.1f s = %,8.0f resources/s%n", what, resources, seconds,
                resources / seconds);
    }
}
