package io.maestro.discovery.bench;

import static io.maestro.common.testsupport.Eventually.eventually;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import io.maestro.discovery.InProcessServices;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.compute.DescribeInstancesGet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * A large EC2 {@code server-list} sync through the whole pipeline (data-app, audit-app, websocket-app and
 * discovery-app in this JVM on the in-process store, the machine's RabbitMQ, AWS played by WireMock serving
 * generated DescribeInstances pages), then the store's raw bulk insert and replace rates on the same documents, then
 * an unchanged re-sync; it ends with the sync rates as shares of the raw ones beside issue 21's goals (first sync
 * ≥ 30 % of the raw insert rate, unchanged re-sync ≥ 50 % of the raw replace rate, audit history complete when the
 * sync ends), the machine and its load average. Then the same count of Azure virtual machines
 * ({@link AzureMachinePages}, a WireMock as the management endpoint), unless {@code azure=0}. System properties:
 * {@code instances} (100000), {@code pageSize} (1000), {@code chunk} (50, the translate chunk), {@code azure} (1).
 * The watchdog keeps its 40 s {@code stale-after}: a page read longer than that keeps its run active (RunActivity).
 */
public final class DiscoverySyncBench {

    /** The AWS connection's keys (WireMock accepts any). */
    private static final Map<String, String> AWS_KEYS =
            Map.of("access", "AKIAIOSFODNN7EXAMPLE", "secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    private DiscoverySyncBench() {
    }

    public static void main(String[] args) {
        BenchProcess.runThenExit(DiscoverySyncBench::run);
    }

    private static void run() throws Exception {
        int instances = Integer.getInteger("instances", 100_000);
        int pageSize = Integer.getInteger("pageSize", 1000);
        int chunk = Integer.getInteger("chunk", 50);
        boolean azureToo = !"0".equals(System.getProperty("azure", "1"));
        WireMockServer aws = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        aws.start();
        Ec2InstancePages.serve(aws, instances, pageSize);
        WireMockServer azure = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        azure.start();
        if (azureToo) {
            AzureMachinePages.serve(azure, azure.baseUrl(), instances, pageSize);
        }
        String loadBefore = loadAverage();
        try (InProcessServices services = InProcessServices.start("discovery-bench",
                "--maestro.discovery.scan-qtd=" + pageSize, "--maestro.discovery.translate-chunk=" + chunk)) {
            ObjectId connection = services.storeConnection(new ObjectId(), "AWS - Virginia",
                    new Document("name", "Bench AWS").append("provider", "AWS").append("service", "iam_aws")
                            .append("regions", List.of("us-east-1 (N. Virginia)")).append("url", aws.baseUrl()),
                    Map.<String, Object>copyOf(AWS_KEYS));
            System.out.printf("%,d instances, pages of %,d, translate chunks of %d%n", instances, pageSize, chunk);
            long firstSyncStart = System.nanoTime();
            JvmCpu cpu = JvmCpu.now();
            Figure firstSync = report("first sync", instances, sync(services, connection), cpu);
            Figure auditComplete = report("audit history complete", instances,
                    auditHistoryComplete(services, instances, firstSyncStart), cpu);
            Figure[] raw = bulkUpserts(services, connection, chunk);
            Figure getAlone = getAlone(services, connection, aws.baseUrl(), pageSize);
            cpu = JvmCpu.now();
            Figure reSync = report("unchanged re-sync", instances, sync(services, connection), cpu);
            System.out.printf("%nIssue 21 goal 3, %,d instances (machine: %d cores, %s, Java %s; load average %s"
                            + " before, %s after):%n", instances, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.arch"), Runtime.version(), loadBefore, loadAverage());
            goal("first sync / raw bulk insert", firstSync, raw[0], 0.30);
            goal("unchanged re-sync / raw replace", reSync, raw[1], 0.50);
            System.out.printf("  %-34s %,8.0f/s of %,8.0f/s = %5.1f%%: the most a first sync can reach, its pages being"
                            + " read one after another (each asks for the next with the last one's NextToken)%n",
                    "the Get step alone / raw insert", getAlone.rate(), raw[0].rate(), 100 * getAlone.rate() / raw[0].rate());
            System.out.printf("  %-34s %8.1f s after the first sync ended (goal: complete when it ends)%n",
                    "audit history complete", auditComplete.seconds() - firstSync.seconds());
            if (azureToo) {
                ObjectId azureConnection = services.storeConnection(new ObjectId(), "Azure - West Europe",
                        new Document("name", "Bench Azure").append("provider", "Azure").append("service", "sub_azure")
                                .append("regions", List.of("westeurope (West Europe)")).append("url", azure.baseUrl()),
                        Map.of("tenant", "72f988bf-86f1-41af-91ab-2d7cd011db47",
                                "client", "c0ffee00-1234-4abc-9def-0123456789ab",
                                "secret", "bench-client-secret", "sub", AzureMachinePages.SUBSCRIPTION));
                System.out.printf("%nAzure: %,d virtual machines, pages of %,d, one network interface read per machine%n",
                        instances, pageSize);
                cpu = JvmCpu.now();
                report("Azure first sync", instances, sync(services, azureConnection, "azure"), cpu);
                cpu = JvmCpu.now();
                report("Azure unchanged re-sync", instances, sync(services, azureConnection, "azure"), cpu);
            }
        } finally {
            aws.stop();
            azure.stop();
        }
    }

    /** Seconds from the PUT to the task's finished state; fails unless that state is success. */
    private static double sync(InProcessServices services, ObjectId connection) throws Exception {
        return sync(services, connection, "aws");
    }

    private static double sync(InProcessServices services, ObjectId connection, String provider) throws Exception {
        services.forgetStates(connection);
        long start = System.nanoTime();
        int status = services.crawl(provider, connection.toHexString(), "server-list").statusCode();
        if (status != 201) {
            throw new IllegalStateException("PUT /crawler answered " + status);
        }
        Document state;
        while ((state = services.finishedState(connection, "server-list")) == null) {
            long elapsed = System.nanoTime() - start;
            if (elapsed > Duration.ofHours(2).toNanos()) {
                throw new IllegalStateException("The sync has not ended in 2 hours");
            }
            // a look every 1 % of the time so far (10 ms to 1 s), where one every 100 ms took 4 % of a 3,000-instance
            // first sync's CPU: the bench's reads stay out of the sync's figure, whose end is still timed within 1 %
            Thread.sleep(Math.max(10, Math.min(1000, elapsed / 100_000_000)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!"success".equals(state.getString("state"))) {
            throw new IllegalStateException("The sync ended " + state.toJson());
        }
        System.out.println("  " + state.getString("msg"));
        return seconds;
    }

    /**
     * Seconds from {@code start} until audit-app has written one history row per created server: its consumers trail
     * the sync, and "what changed" is only answered once they have caught up.
     */
    private static double auditHistoryComplete(InProcessServices services, int instances, long start)
            throws InterruptedException {
        MongoCollection<Document> rows = services.history().getCollection("audits");
        eventually(() -> rows.estimatedDocumentCount() >= instances ? Boolean.TRUE : null,
                Duration.ofHours(2), "the audit rows");
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The synced servers upserted by {@code unique_id} into a fresh collection of the same store with the driver's
     * bulkWrite, {@code chunk} per call as the pipeline loads them: once inserting, once replacing.
     */
    private static Figure[] bulkUpserts(InProcessServices services, ObjectId connection, int chunk) {
        List<Document> servers = services.inventory().getCollection("servers")
                .find(Filters.eq("accountant", connection.toHexString())).batchSize(1000).into(new ArrayList<>());
        servers.forEach(server -> server.remove("_id"));
        MongoCollection<Document> target = services.inventory().getCollection("bench_upserts");
        target.createIndex(Indexes.ascending("unique_id"), new IndexOptions().unique(true));
        List<String> passes = List.of("raw bulk insert (upsert, new)", "raw replace (upsert, existing)");
        Figure[] figures = new Figure[passes.size()];
        for (int pass = 0; pass < passes.size(); pass++) {
            long start = System.nanoTime();
            JvmCpu cpu = JvmCpu.now();
            for (int from = 0; from < servers.size(); from += chunk) {
                List<WriteModel<Document>> batch = new ArrayList<>();
                for (Document server : servers.subList(from, Math.min(servers.size(), from + chunk))) {
                    batch.add(new ReplaceOneModel<>(Filters.eq("unique_id", server.get("unique_id")), server,
                            new ReplaceOptions().upsert(true)));
                }
                target.bulkWrite(batch);
            }
            figures[pass] = report(passes.get(pass), servers.size(), (System.nanoTime() - start) / 1e9, cpu);
        }
        return figures;
    }

    /**
     * Every page of the sync's first step and nothing else: discovery's own DescribeInstances Get (the AWS SDK's call,
     * its XML parsing, the instances turned into maps) with the SDK client the sync used, against the same WireMock.
     */
    private static Figure getAlone(InProcessServices services, ObjectId connection, String url, int pageSize) {
        DescribeInstancesGet get = new DescribeInstancesGet(services.discoveryApp().getBean(AwsClients.class), pageSize);
        SyncConnection bench = new SyncConnection(connection.toHexString(), "Bench AWS", "AWS", "iam_aws",
                "AWS - Virginia", null, List.of("us-east-1"), url, null, Map.of(), List.of(),
                AWS_KEYS);
        long start = System.nanoTime();
        JvmCpu cpu = JvmCpu.now();
        int instances = 0;
        String token = null;
        do {
            FetchedPage page = get.page(bench, "us-east-1", token);
            instances += page.items().size();
            token = page.nextToken();
        } while (token != null);
        return report("the Get step alone", instances, (System.nanoTime() - start) / 1e9, cpu);
    }

    /**
     * A phase's wall-clock time and the CPU this JVM spent meanwhile (every service, all threads; not the broker's),
     * which a machine loaded by other work distorts far less than the wall clock; and how much of that CPU the JIT
     * compilers and the garbage collector took. At a few thousand resources the JIT's warm-up is a large part of a
     * sync's CPU, and it does not grow with the resources as the rest does.
     */
    private record Figure(int resources, double seconds, JvmCpu cpu) {

        double rate() {
            return resources / seconds;
        }

        double cpuMillisPerResource() {
            return 1000 * cpu.total() / resources;
        }

        /** Without the JIT compilers' CPU: what the work itself costs once the JVM is warm. */
        double warmCpuMillisPerResource() {
            return 1000 * (cpu.total() - cpu.jit()) / resources;
        }
    }

    /** Prints the figure of a phase that started when this JVM had used {@code atStart}. */
    private static Figure report(String what, int resources, double seconds, JvmCpu atStart) {
        Figure figure = new Figure(resources, seconds, JvmCpu.now().minus(atStart));
        System.out.printf("%-30s %,9d resources in %8.1f s = %,8.0f resources/s; JVM CPU %7.1f s = %6.2f ms/resource"
                        + " (JIT %.1f s, GC %.1f s; without JIT %.2f ms/resource)%n", what, resources, seconds,
                figure.rate(), figure.cpu().total(), figure.cpuMillisPerResource(), figure.cpu().jit(),
                figure.cpu().gc(), figure.warmCpuMillisPerResource());
        return figure;
    }

    private static void goal(String what, Figure sync, Figure raw, double goal) {
        double share = sync.rate() / raw.rate();
        double cpuShare = raw.cpuMillisPerResource() / sync.cpuMillisPerResource();
        double warmShare = raw.warmCpuMillisPerResource() / sync.warmCpuMillisPerResource();
        System.out.printf("  %-34s %,8.0f/s of %,8.0f/s = %5.1f%% (goal: >= %.0f%%) %s; by JVM CPU per resource"
                        + " %.2f / %.2f ms = %5.1f%% %s; without JIT %.2f / %.2f ms = %5.1f%% %s%n", what, sync.rate(),
                raw.rate(), 100 * share, 100 * goal, share >= goal ? "met" : "NOT met", raw.cpuMillisPerResource(),
                sync.cpuMillisPerResource(), 100 * cpuShare, cpuShare >= goal ? "met" : "NOT met",
                raw.warmCpuMillisPerResource(), sync.warmCpuMillisPerResource(), 100 * warmShare,
                warmShare >= goal ? "met" : "NOT met");
    }

    /**
     * The CPU this JVM has used so far, in seconds: in all, and by its JIT compiler threads and its garbage collector
     * threads (Linux: {@code /proc/self/task/<thread>/stat}; zero elsewhere).
     */
    private record JvmCpu(double total, double jit, double gc) {

        /** Clock ticks per second of {@code /proc}'s times (USER_HZ, 100 on Linux). */
        private static final double TICKS = 100;

        static JvmCpu now() {
            double total = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
            long jitTicks = 0;
            long gcTicks = 0;
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path thread : threads) {
                    String stat = readOrEmpty(thread.resolve("stat"));
                    int nameEnd = stat.lastIndexOf(')');
                    if (nameEnd < 0) {
                        continue;
                    }
                    String name = stat.substring(stat.indexOf('(') + 1, nameEnd);
                    // after the name: state, then 10 fields up to utime and stime (fields 14 and 15 of stat)
                    String[] fields = stat.substring(nameEnd + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    if (name.contains("CompilerThre")) {
                        jitTicks += ticks;
                    } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                        gcTicks += ticks;
                    }
                }
            } catch (IOException | RuntimeException noProc) {
                return new JvmCpu(total, 0, 0);
            }
            return new JvmCpu(total, jitTicks / TICKS, gcTicks / TICKS);
        }

        JvmCpu minus(JvmCpu before) {
            return new JvmCpu(total - before.total, jit - before.jit, gc - before.gc);
        }

        /** A thread that has ended since the listing leaves no file: it counts for nothing. */
        private static String readOrEmpty(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException ended) {
                return "";
            }
        }
    }

    /** The machine's load average over 1, 5 and 15 minutes, as /proc/loadavg gives it. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }
}
