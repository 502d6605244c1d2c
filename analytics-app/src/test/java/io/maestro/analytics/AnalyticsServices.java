package io.maestro.analytics;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.data.DataApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * data-app and analytics-app in one JVM on the in-process store and the machine's RabbitMQ; analytics-front and
 * websocket-app played by WireMock. analytics-app takes its maps from a queue of its own, so that no other
 * analytics-app on the machine's broker takes them.
 */
final class AnalyticsServices implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext dataApp;
    private final ConfigurableApplicationContext analyticsApp;
    private final WireMockServer front;
    private final WireMockServer websocketApp;
    private final String queue = "analytics-test-" + UUID.randomUUID();

    AnalyticsServices() {
        dataApp = DataApplication.builder().initializers(new MaestroTestEnvironment()).run("--server.port=0");
        front = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        front.start();
        front.stubFor(post(urlPathEqualTo("/graphs")).willReturn(okJson("{\"status\":\"finished\"}")));
        websocketApp = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        websocketApp.start();
        websocketApp.stubFor(post(urlPathEqualTo("/api")).willReturn(okJson("{}")));
        analyticsApp = AnalyticsApplication.builder().initializers(new MaestroTestEnvironment()).run(
                "--server.port=0", "--maestro.peers.data=http://127.0.0.1:" + port(dataApp),
                "--maestro.peers.analytics-front=" + front.baseUrl(),
                "--maestro.peers.websocket=" + websocketApp.baseUrl(),
                "--maestro.analytics.queue=" + queue, "--maestro.messaging.queues=" + queue,
                "--maestro.messaging.initial-backoff=100ms", "--maestro.messaging.max-attempts=2");
    }

    WireMockServer front() {
        return front;
    }

    WireMockServer websocketApp() {
        return websocketApp;
    }

    MongoTemplate inventory() {
        return dataApp.getBean(MongoTemplate.class);
    }

    /** A record of {@code collection} owned by {@code owner}. */
    ObjectId store(String collection, ObjectId owner, Document fields) {
        ObjectId id = fields.getObjectId("_id") == null ? new ObjectId() : fields.getObjectId("_id");
        Document stored = new Document("_id", id).append("roles", List.of(new Document("_id", owner).append("role", 7)
                .append("refs", "users").append("name", "Owner"))).append("active", true);
        fields.forEach((key, value) -> {
            if (!"_id".equals(key)) {
                stored.append(key, value);
            }
        });
        inventory().insert(stored, collection);
        return id;
    }

    HttpResponse<String> startGraph(Object body) throws IOException, InterruptedException {
        String token = new PrivateServiceTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH")).issue("server-app");
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(analyticsApp) + "/graph"))
                .header("Authorization", "JWT " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static <T> T eventually(Supplier<T> probe, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Timed out waiting for " + what);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    ConnectionFactory broker() {
        return analyticsApp.getBean(ConnectionFactory.class);
    }

    @Override
    public void close() {
        RabbitAdmin admin = new RabbitAdmin(broker());
        admin.deleteQueue(queue);
        admin.deleteQueue(queue + ".dlq");
        analyticsApp.close();
        dataApp.close();
        front.stop();
        websocketApp.stop();
    }

    static List<Document> refs(ObjectId... ids) {
        List<Document> refs = new ArrayList<>();
        for (ObjectId id : ids) {
            refs.add(new Document("_id", id));
        }
        return refs;
    }
}
