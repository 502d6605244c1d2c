package io.maestro.standalone.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.discovery.bench.AzureMachinePages;
import io.maestro.discovery.bench.BenchProcess;
import io.maestro.discovery.bench.Ec2InstancePages;
import io.maestro.discovery.provider.azure.AzureTestCloud;
import io.maestro.standalone.MaestroService;
import io.maestro.standalone.StandaloneRuntime;
import io.maestro.standalone.StandaloneSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The {@code server-list} syncs of {@code DiscoverySyncBench} in the standalone runtime (all ten services, its own store
 * and broker, on a temporary data directory), driven as a user would: sign up, a datacenter and a connection per
 * provider, {@code PUT /connections/:id/task/server-list}, then the connection's {@code process} polled until the run
 * is over. First EC2 (an AWS connection whose {@code url} is a WireMock of DescribeInstances and DescribeInstanceTypes
 * pages), then, unless {@code azure=0}, as many Azure virtual machines through production's whole Azure path: the
 * connection's management endpoint and Microsoft Entra ID endpoint ({@code conn.authority}) are one WireMock over TLS,
 * whose test certificate this JVM is made to trust, and discovery signs in with the client-secret flow.
 * System properties: {@code instances} (100000), {@code dataDir} (an empty directory for the runtime's store),
 * {@code azure} (1), {@code resync} (1; 0 skips the unchanged re-syncs), {@code portOffset} (19000). The page size is
 * the runtime's {@code MAESTRO_SCAN_QTD}.
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
        boolean azureToo = !"0".equals(System.getProperty("azure", "1"));
        boolean resync = !"0".equals(System.getProperty("resync", "1"));
        int pageSize = Integer.parseInt(System.getenv().getOrDefault("MAESTRO_SCAN_QTD", "1000"));
        Path data = Path.of(System.getProperty("dataDir"));
        if (azureToo) {
            // before any TLS client exists: the runtime's Azure client then trusts the WireMock's test certificate
            System.setProperty("javax.net.ssl.trustStore", AzureTestCloud.tlsFile("trust.p12").toString());
            System.setProperty("javax.net.ssl.trustStorePassword", AzureTestCloud.TLS_PASSWORD);
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        }
        WireMockServer aws = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        aws.start();
        Ec2InstancePages.serve(aws, instances, pageSize);
        WireMockServer azure = azureToo ? AzureTestCloud.tlsServer() : null;
        if (azure != null) {
            AzureMachinePages.serve(azure, AzureTestCloud.httpsUrl(azure), instances, pageSize);
            AzureMachinePages.signIn(azure);
        }
        StandaloneSettings settings = new StandaloneSettings(data, "127.0.0.1",
                Integer.getInteger("portOffset", PORT_OFFSET), 0, 0, "localhost");
        try (StandaloneRuntime runtime = StandaloneRuntime.start(settings)) {
            StandaloneDiscoveryBench user = new StandaloneDiscoveryBench(settings);
            user.api.signUpAndIn("Bench User", "bench@example.com");
            String connection = user.awsConnection(aws.baseUrl());
            System.out.printf("standalone: %,d instances, pages of %,d (%s)%n", instances, pageSize, machine());
            double awsFirst = user.sync(connection);
            report("first sync", instances, awsFirst);
            if (resync) {
                report("unchanged re-sync", instances, user.sync(connection));
            }
            if (azure != null) {
                String azureConnection = user.azureConnection(AzureTestCloud.httpsUrl(azure));
                System.out.printf("%nAzure: %,d virtual machines, pages of %,d, one network interface read per machine,"
                        + " signed in through Entra ID (%s)%n", instances, pageSize, machine());
                double azureFirst = user.sync(azureConnection);
                report("Azure first sync", instances, azureFirst);
                if (resync) {
                    report("Azure unchanged re-sync", instances, user.sync(azureConnection));
                }
                System.out.printf("%nfirst syncs of %,d: EC2 %,.0f instances/s, Azure %,.0f VMs/s (%s)%n", instances,
                        instances / awsFirst, instances / azureFirst, machine());
            }
        } finally {
            aws.stop();
            if (azure != null) {
                azure.stop();
            }
        }
    }

    /** The machine and its load, beside every figure: they are the machine's as much as the code's. */
    private static String machine() throws IOException {
        Path cpuInfo = Path.of("/proc/cpuinfo");
        String model = !Files.exists(cpuInfo) ? System.getProperty("os.arch") : Files.readAllLines(cpuInfo).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst().orElse(System.getProperty("os.arch"));
        Path loadAverage = Path.of("/proc/loadavg");
        String load = Files.exists(loadAverage)
                ? String.join(" ", Arrays.asList(Files.readString(loadAverage).split(" ")).subList(0, 3)) : "n/a";
        return Runtime.getRuntime().availableProcessors() + " cores, " + model + ", load average " + load;
    }

    /** Creates a datacenter and an AWS connection on it; answers the connection's id. */
    private String awsConnection(String awsUrl) throws Exception {
        String datacenter = api.call("POST", "/datacenters", Map.of("name", "AWS - Virginia", "provider", "AWS"), 201)
                .path("_id").asString();
        return api.call("POST", "/connections", Map.of("name", "Bench AWS", "provider", "AWS", "service", "iam_aws",
                "dc", "AWS - Virginia", "dc_id", datacenter, "regions", List.of("us-east-1 (N. Virginia)"),
                "url", awsUrl, "conn", Map.of("access", "AKIAIOSFODNN7EXAMPLE",
                        "secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")), 201).path("_id").asString();
    }

    /**
     * Creates a datacenter and an Azure connection on it whose management and Entra ID endpoints are {@code azureUrl};
     * answers the connection's id.
     */
    private String azureConnection(String azureUrl) throws Exception {
        String datacenter = api.call("POST", "/datacenters", Map.of("name", "Azure - West Europe", "provider", "Azure"),
                201).path("_id").asString();
        return api.call("POST", "/connections", Map.of("name", "Bench Azure", "provider", "Azure",
                "service", "sub_azure", "dc", "Azure - West Europe", "dc_id", datacenter,
                "regions", List.of("westeurope (West Europe)"), "url", azureUrl,
                "conn", Map.of("tenant", "72f988bf-86f1-41af-91ab-2d7cd011db47",
                        "client", "c0ffee00-1234-4abc-9def-0123456789ab", "secret", "bench-client-secret",
                        "sub", AzureMachinePages.SUBSCRIPTION, "authority", azureUrl)), 201).path("_id").asString();
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
