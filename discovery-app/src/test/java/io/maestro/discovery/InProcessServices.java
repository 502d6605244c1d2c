package io.maestro.discovery;

import static io.maestro.common.testsupport.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.maestro.audit.AuditApplication;
import io.maestro.common.crypto.CredentialCipher;
import io.maestro.common.messaging.MaestroMessage;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.common.messaging.MessagingProperties;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.token.PrivateServiceTokens;
import io.maestro.data.DataApplication;
import io.maestro.discovery.provider.azure.RecordedAzureSessions;
import io.maestro.websocket.WebsocketApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * data-app, audit-app, websocket-app and discovery-app in one JVM on the in-process store and the machine's RabbitMQ,
 * server-app played by WireMock: the end-to-end tests' and the discovery benchmark's services. discovery-app takes its
 * steps from its own queue, so that no other discovery context of this JVM or machine takes them.
 */
public final class InProcessServices implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Every message body a recording discovery-app put on a queue (one recording instance at a time). */
    private static final Queue<String> PUBLISHED = new ConcurrentLinkedQueue<>();

    private final ConfigurableApplicationContext dataApp;
    private final ConfigurableApplicationContext auditApp;
    private final ConfigurableApplicationContext websocketApp;
    private final String[] discoveryArgs;
    private final boolean recordPublished;
    private ConfigurableApplicationContext discoveryApp;
    private final WireMockServer serverApp;

    /**
     * Records the body of every message discovery-app publishes, then publishes it. Given as a source only to
     * {@link #startRecording}'s discovery; not a {@code @Configuration}, so that discovery-app's component scan of the
     * test classes does not take it into every context (the benchmark's included, where it serialised every message a
     * second time).
     */
    static class RecordingPublisher {

        @Bean
        MessagePublisher recordingMessagePublisher(ConnectionFactory connectionFactory, MessageConverter converter,
                MessagingProperties properties) {
            return new MessagePublisher(connectionFactory, converter, properties.confirmTimeout()) {
                @Override
                public void publish(String queue, MaestroMessage<?> message) {
                    PUBLISHED.add(new String(converter.toMessage(message, null).getBody(), StandardCharsets.UTF_8));
                    super.publish(queue, message);
                }
            };
        }
    }

    private InProcessServices(String queue, boolean recordPublished, String... discoveryArgs) {
        dataApp = DataApplication.builder().initializers(new MaestroTestEnvironment()).run("--server.port=0");
        String data = "--maestro.peers.data=http://127.0.0.1:" + port(dataApp);
        // its own audit queue: another JVM's audit-app on the machine's broker would take the audit messages
        String auditQueue = "--maestro.audit.queue=" + queue + "-audit";
        auditApp = AuditApplication.builder().initializers(new MaestroTestEnvironment()).run("--server.port=0", data,
                auditQueue, "--maestro.messaging.queues=" + queue + "-audit");
        serverApp = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        serverApp.start();
        stubSessionCheck();
        // websocket-app asks server-app whether a browser's session is current before it lets the socket in
        websocketApp = WebsocketApplication.builder().initializers(new MaestroTestEnvironment())
                .run("--server.port=0", data, "--maestro.peers.server=" + serverApp.baseUrl());
        List<String> args = new ArrayList<>(List.of("--server.port=0", data,
                "--maestro.peers.audit=http://127.0.0.1:" + port(auditApp),
                "--maestro.peers.websocket=http://127.0.0.1:" + port(websocketApp),
                "--maestro.peers.server=" + serverApp.baseUrl(),
                "--maestro.discovery.queue=" + queue, auditQueue,
                "--maestro.messaging.queues=" + queue + "," + queue + "-audit"));
        args.addAll(List.of(discoveryArgs));
        this.discoveryArgs = args.toArray(String[]::new);
        this.recordPublished = recordPublished;
        PUBLISHED.clear();
        discoveryApp = startDiscovery();
    }

    private ConfigurableApplicationContext startDiscovery() {
        // Azure connections of the tests and the benchmark name a WireMock as their management endpoint
        return (recordPublished
                ? DiscoveryApplication.builder().sources(RecordingPublisher.class, RecordedAzureSessions.class)
                : DiscoveryApplication.builder().sources(RecordedAzureSessions.class))
                .initializers(new MaestroTestEnvironment()).run(discoveryArgs);
    }

    /**
     * Stops discovery-app and starts it again: the steps it had taken but not finished go back to the queue, as the
     * broker does for a discovery that stopped, and the new one takes them with the rest.
     */
    public void restartDiscovery() {
        discoveryApp.close();
        discoveryApp = startDiscovery();
    }

    /** Starts the four services; discovery-app takes its steps from {@code queue} and gets {@code discoveryArgs}. */
    public static InProcessServices start(String queue, String... discoveryArgs) {
        return new InProcessServices(queue, false, discoveryArgs);
    }

    /** As {@link #start}, and every message body discovery-app publishes is kept for {@link #published()}. */
    public static InProcessServices startRecording(String queue, String... discoveryArgs) {
        return new InProcessServices(queue, true, discoveryArgs);
    }

    public Queue<String> published() {
        return PUBLISHED;
    }

    public ConfigurableApplicationContext discoveryApp() {
        return discoveryApp;
    }

    public ConfigurableApplicationContext auditApp() {
        return auditApp;
    }

    public WireMockServer serverApp() {
        return serverApp;
    }

    /** Forgets what server-app's stand-in was asked and told, except that every session is current. */
    public void resetServerApp() {
        serverApp.resetAll();
        stubSessionCheck();
    }

    private void stubSessionCheck() {
        serverApp.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{}")));
    }

    /** data-app's store: the inventory. */
    public MongoTemplate inventory() {
        return dataApp.getBean(MongoTemplate.class);
    }

    /** audit-app's store: the audit rows. */
    public MongoTemplate history() {
        return auditApp.getBean(MongoTemplate.class);
    }

    /**
     * Stores a datacenter named {@code datacenterName} of the owner and a connection on it: the given fields
     * ({@code name, provider, service, regions, url...}), the credentials sealed as server-app seals them.
     */
    public ObjectId storeConnection(ObjectId owner, String datacenterName, Document fields,
            Map<String, Object> credentials) {
        ObjectId datacenter = new ObjectId();
        ObjectId connection = new ObjectId();
        Document ownerRole = new Document("_id", owner).append("refs", "users").append("role", 7).append("name", "Ana");
        inventory().insert(new Document("_id", datacenter).append("name", datacenterName)
                .append("roles", List.of(ownerRole)), "datacenters");
        Document stored = new Document("_id", connection).append("dc", datacenterName)
                .append("dc_id", datacenter.toHexString())
                .append("conn", new CredentialCipher(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRET_CRYPTO"))
                        .seal(credentials))
                .append("owner_user", new Document("_id", owner.toHexString()).append("email", "ana@example.com")
                        .append("refs", "users").append("role", 7))
                .append("roles", List.of(ownerRole));
        stored.putAll(fields);
        inventory().insert(stored, "connections");
        return connection;
    }

    /** The connection's state of the task once its run has finished (no longer "In progress"), else null. */
    public Document finishedState(ObjectId connection, String task) {
        Document stored = inventory().findById(connection, Document.class, "connections");
        Document process = stored == null ? null : stored.get("process", Document.class);
        Document state = process == null ? null : process.get(task, Document.class);
        return state != null && !"warning".equals(state.getString("state")) ? state : null;
    }

    /** Forgets the connection's task states, so that the next finished state is the next run's. */
    public void forgetStates(ObjectId connection) {
        inventory().getCollection("connections").updateOne(new Document("_id", connection),
                new Document("$unset", new Document("process", "")));
    }

    public int websocketPort() {
        return port(websocketApp);
    }

    /** {@code PUT /crawler/<provider>/<connection>/<task>} as server-app sends it, with a private service token. */
    public HttpResponse<String> crawl(String provider, String connectionId, String task)
            throws IOException, InterruptedException {
        String token = new PrivateServiceTokens(MaestroTestEnvironment.SECRETS.get("MAESTRO_SECRETJWT_PRIVATE"),
                MaestroTestEnvironment.SECRETS.get("MAESTRO_NOAUTH")).issue("server-app");
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(discoveryApp) + "/crawler/"
                        + provider + "/" + connectionId + "/" + task))
                .header("Authorization", "JWT " + token)
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }


    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext context : List.of(discoveryApp, websocketApp, auditApp, dataApp)) {
            context.close();
        }
        serverApp.stop();
    }
}
