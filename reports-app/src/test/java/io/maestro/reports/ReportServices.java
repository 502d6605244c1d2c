package io.maestro.reports;

import static io.maestro.common.testsupport.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.data.DataApplication;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * data-app and reports-app in one JVM on the in-process store and the machine's RabbitMQ, websocket-app played by
 * WireMock. reports-app takes its runs from a queue of its own, and its audit events go to another of its own, so that
 * no other reports-app or audit-app on the machine's broker takes them.
 */
final class ReportServices implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext dataApp;
    private final ConfigurableApplicationContext reportsApp;
    private final WireMockServer websocketApp;
    private final String queue = "reports-test-" + UUID.randomUUID();

    ReportServices(String... reportsArgs) {
        dataApp = DataApplication.builder().initializers(new MaestroTestEnvironment()).run("--server.port=0");
        websocketApp = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        websocketApp.start();
        websocketApp.stubFor(post(urlPathEqualTo("/api")).willReturn(okJson("{}")));
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--maestro.peers.data=http://127.0.0.1:" + port(dataApp),
                "--maestro.peers.websocket=" + websocketApp.baseUrl(),
                "--maestro.reports.queue=" + queue, "--maestro.audit.queue=" + auditQueue(),
                "--maestro.messaging.queues=" + queue + "," + auditQueue(),
                "--maestro.messaging.initial-backoff=100ms"));
        args.addAll(List.of(reportsArgs));
        reportsApp = ReportsApplication.builder().initializers(new MaestroTestEnvironment())
                .run(args.toArray(String[]::new));
    }

    String auditQueue() {
        return queue + "-audit";
    }

    WireMockServer websocketApp() {
        return websocketApp;
    }

    /** data-app's store: the inventory and the report records. */
    MongoTemplate inventory() {
        return dataApp.getBean(MongoTemplate.class);
    }

    /** reports-app's own store: the result tables. */
    MongoTemplate results() {
        return reportsApp.getBean(MongoTemplate.class);
    }

    ConnectionFactory broker() {
        return reportsApp.getBean(ConnectionFactory.class);
    }

    /** A record of {@code collection} owned by {@code owner} and shared with {@code readers} (role 1). */
    ObjectId store(String collection, ObjectId owner, Document fields, ObjectId... readers) {
        ObjectId id = new ObjectId();
        List<Document> roles = new ArrayList<>(List.of(new Document("_id", owner).append("role", 7)
                .append("refs", "users").append("name", "Owner")));
        for (ObjectId reader : readers) {
            roles.add(new Document("_id", reader).append("role", 1).append("refs", "users").append("name", "Reader"));
        }
        Document stored = new Document("_id", id).append("roles", roles).append("active", true);
        stored.putAll(fields);
        inventory().insert(stored, collection);
        return id;
    }

    HttpResponse<String> send(String method, String path, Object body, String accept)
            throws IOException, InterruptedException {
        return HTTP.send(request(method, path, body, accept), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<InputStream> download(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(request("GET", path, null, accept), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest request(String method, String path, Object body, String accept) {
        String token = new PrivateServiceTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH")).issue("server-app");
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(reportsApp) + path))
                .header("Authorization", "JWT " + token)
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    /** Queues a report as server-app does: {@code POST /reports/<report>} with the filters as a JSON string. */
    HttpResponse<String> start(String report, ObjectId reportId, String component, Object filters, ObjectId owner)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("report_id", reportId.toHexString());
        body.put("component", component);
        body.put("filters", JSON.writeValueAsString(filters));
        body.put("owner_user", owner.toHexString());
        return send("POST", "/reports/" + report, body, "application/json");
    }

    /** The report record once its run has ended (status other than {@code process}). */
    Document ended(ObjectId reportId) throws InterruptedException {
        return eventually(() -> {
            Document report = inventory().findById(reportId, Document.class, "reports");
            return report != null && !"process".equals(report.getString("status")) ? report : null;
        }, Duration.ofSeconds(60), "report " + reportId + " to end");
    }


    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        RabbitAdmin admin = new RabbitAdmin(broker());
        for (String name : List.of(queue, auditQueue())) {
            admin.deleteQueue(name);
            admin.deleteQueue(name + ".dlq");
        }
        reportsApp.close();
        dataApp.close();
        websocketApp.stop();
    }
}
