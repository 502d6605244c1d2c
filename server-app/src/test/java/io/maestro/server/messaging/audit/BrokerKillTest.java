package io.maestro.server.messaging.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.maestro.audit.AuditApplication;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient;
import io.maestro.server.api.resource.ApiClient.User;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code kill -9} of the broker in the middle of the writes of several clients, then its restart: every write
 * acknowledged to a client (before, while and after the broker was away) has exactly one history row, and nothing
 * stays behind (server-app's outbox empties once the broker is back). server-app and audit-app run in this JVM on the
 * in-process store, against a RabbitMQ node of this test's own ({@link PrivateRabbitNode}); skipped where RabbitMQ is
 * not installed (CI installs it).
 */
class BrokerKillTest {

    private static final int CLIENTS = 4;
    private static final int SERVERS_PER_CLIENT = 20;
    private static final Duration RECORDED = Duration.ofSeconds(90);

    @TempDir
    static Path nodeDirectory;

    private static PrivateRabbitNode broker;
    private static ConfigurableApplicationContext auditApp;
    private static ConfigurableApplicationContext serverApp;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> script = PrivateRabbitNode.installedScript();
        assumeTrue(script.isPresent(), "rabbitmq-server is not installed: the broker-kill test needs a RabbitMQ node of its own");
        broker = PrivateRabbitNode.started(script.get(), nodeDirectory);
        // after the test environment's, which names the machine's broker
        ApplicationContextInitializer<ConfigurableApplicationContext> onThePrivateNode = context -> context.getEnvironment()
                .getPropertySources().addFirst(new MapPropertySource("private-rabbit",
                        Map.of("spring.rabbitmq.addresses", broker.amqpUri())));
        // databases of their own: other tests' server-apps cached in this JVM share the in-process store, and their
        // relays would take this test's outbox entries to the machine's broker
        auditApp = AuditApplication.builder().initializers(new MaestroTestEnvironment(), onThePrivateNode)
                .run("--server.port=0", "--maestro.peers.data=http://127.0.0.1:1", "--maestro.timeout=2000",
                        "--spring.mongodb.database=broker-kill-audit");
        serverApp = ServerApplication.builder().initializers(new MaestroTestEnvironment(), onThePrivateNode)
                .run("--server.port=0", "--maestro.peers.audit=http://127.0.0.1:" + port(auditApp),
                        "--maestro.audit.retry-interval=1s", "--spring.mongodb.database=broker-kill-client");
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {serverApp, auditApp}) {
            if (context != null) {
                context.close();
            }
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyWriteAcknowledgedAroundABrokerKillHasExactlyOneHistoryRow() throws Exception {
        ApiClient api = new ApiClient(port(serverApp), serverApp.getBean(MongoTemplate.class));
        User writer = api.newUser("broker-kill");
        List<String> servers = new ArrayList<>();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<String>>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int number = client;
            running.add(clients.submit(() -> {
                List<String> created = new ArrayList<>();
                for (int i = 0; i < SERVERS_PER_CLIENT; i++) {
                    ApiClient.Reply creation = api.post(writer, "/servers", Map.of("name", "kill-" + number + "-" + i, "cpu", 1));
                    assertThat(creation.status()).as(creation.raw()).isEqualTo(201);
                    String id = creation.at("/_id").asString();
                    created.add(id);
                    ApiClient.Reply patch = api.patch(writer, "/servers/" + id, Map.of("cpu", 2));
                    assertThat(patch.status()).as(patch.raw()).isEqualTo(202);
                    acknowledged.incrementAndGet();
                }
                return created;
            }));
        }

        await("a quarter of the writes acknowledged").atMost(Duration.ofSeconds(60))
                .until(() -> acknowledged.get() >= CLIENTS * SERVERS_PER_CLIENT / 4);
        broker.kill();
        int beforeTheRestart = acknowledged.get();
        Thread.sleep(3000);
        int whileAway = acknowledged.get() - beforeTheRestart;
        broker.start();
        for (Future<List<String>> client : running) {
            servers.addAll(client.get());
        }
        clients.shutdown();

        assertThat(whileAway).as("writes acknowledged while the broker was away").isPositive();
        MongoTemplate history = auditApp.getBean(MongoTemplate.class);
        await("the creation and the patch of every server in its history").atMost(RECORDED)
                .until(() -> servers.stream().allMatch(id -> rows(history, id).size() >= 2));
        Thread.sleep(2000); // a copy delivered again, had it been recorded twice, would show by now
        for (String id : servers) {
            assertThat(rows(history, id)).as("history of server " + id).containsExactly("create", "patch");
        }
        MongoTemplate inventory = serverApp.getBean(MongoTemplate.class);
        await("server-app's audit outbox empty").atMost(Duration.ofSeconds(30))
                .until(() -> inventory.getCollection(AuditOutbox.COLLECTION).countDocuments() == 0);
    }

    private static List<String> rows(MongoTemplate history, String serverId) {
        List<String> changes = new ArrayList<>();
        history.getCollection("audits").find(new Document("entity", "servers").append("entity_id", new ObjectId(serverId)))
                .sort(new Document("created_at", 1).append("_id", 1))
                .forEach(row -> changes.add(row.getString("change")));
        return changes;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
