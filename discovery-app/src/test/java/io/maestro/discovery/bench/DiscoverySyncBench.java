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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * A large EC2 {@code server-list} sync through the whole pipeline (data-app, audit-app, websocket-app and
 * discovery-app in this JVM on the in-process store, the machine's RabbitMQ, AWS played by WireMock serving
 * generated DescribeInstances pages), then the store's raw bulk-upsert rate on the same documents.
 * Then the same count of Azure virtual machines ({@link AzureMachinePages}, a WireMock as the management endpoint),
 * unless {@code azure=0}. System properties: {@code instances} (100000), {@code pageSize} (1000), {@code chunk} (50,
 * the translate chunk), {@code azure} (1).
 */
public final class DiscoverySyncBench {

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
        try (InProcessServices services = InProcessServices.start("discovery-bench",
                "--maestro.discovery.scan-qtd=" + pageSize, "--maestro.discovery.translate-chunk=" + chunk)) {
            ObjectId connection = services.storeConnection(new ObjectId(), "AWS - Virginia",
                    new Document("name", "Bench AWS").append("provider", "AWS").append("service", "iam_aws")
                            .append("regions", List.of("us-east-1 (N. Virginia)")).append("url", aws.baseUrl()),
                    Map.of("access", "AKIAIOSFODNN7EXAMPLE", "secret", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
            System.out.printf("%,d instances, pages of %,d, translate chunks of %d%n", instances, pageSize, chunk);
            long firstSyncStart = System.nanoTime();
            report("first sync", instances, sync(services, connection));
            report("audit history complete", instances, auditHistoryComplete(services, instances, firstSyncStart));
            bulkUpserts(services, connection, chunk);
            report("unchanged re-sync", instances, sync(services, connection));
            if (azureToo) {
                ObjectId azureConnection = services.storeConnection(new ObjectId(), "Azure - West Europe",
                        new Document("name", "Bench Azure").append("provider", "Azure").append("service", "sub_azure")
                                .append("regions", List.of("westeurope (West Europe)")).append("url", azure.baseUrl()),
                        Map.of("tenant", "72f988bf-86f1-41af-91ab-2d7cd011db47",
                                "client", "c0ffee00-1234-4abc-9def-0123456789ab",
                                "secret", "bench-client-secret", "sub", AzureMachinePages.SUBSCRIPTION));
                System.out.printf("%nAzure: %,d virtual machines, pages of %,d, one network interface read per machine%n",
                        instances, pageSize);
                report("Azure first sync", instances, sync(services, azureConnection, "azure"));
                report("Azure unchanged re-sync", instances, sync(services, azureConnection, "azure"));
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
        Document state = eventually(() -> services.finishedState(connection, "server-list"),
                Duration.ofHours(2), "the sync");
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
    private static void bulkUpserts(InProcessServices services, ObjectId connection, int chunk) {
        List<Document> servers = services.inventory().getCollection("servers")
                .find(Filters.eq("accountant", connection.toHexString())).batchSize(1000).into(new ArrayList<>());
        servers.forEach(server -> server.remove("_id"));
        MongoCollection<Document> target = services.inventory().getCollection("bench_upserts");
        target.createIndex(Indexes.ascending("unique_id"), new IndexOptions().unique(true));
        for (String pass : List.of("raw bulk upsert, new", "raw bulk upsert, existing")) {
            long start = System.nanoTime();
            for (int from = 0; from < servers.size(); from += chunk) {
                List<WriteModel<Document>> batch = new ArrayList<>();
                for (Document server : servers.subList(from, Math.min(servers.size(), from + chunk))) {
                    batch.add(new ReplaceOneModel<>(Filters.eq("unique_id", server.get("unique_id")), server,
                            new ReplaceOptions().upsert(true)));
                }
                target.bulkWrite(batch);
            }
            report(pass, servers.size(), (System.nanoTime() - start) / 1e9);
        }
    }

    private static void report(String what, int resources, double seconds) {
        System.out.printf("%-28s %,9d resources in %8.1f s = %,8.0f resources/s%n", what, resources, seconds,
                resources / seconds);
    }
}
