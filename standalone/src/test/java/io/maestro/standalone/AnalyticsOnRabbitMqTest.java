package io.maestro.standalone;

import static io.maestro.common.testsupport.Eventually.eventually;
import static io.maestro.standalone.StandaloneApi.JSON;
import static io.maestro.standalone.StandaloneApi.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroTestEnvironment;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.Banner;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Business maps end to end through the machine's RabbitMQ ({@code MAESTRO_TEST_AMQP} may name a virtual host of it),
 * not the standalone runtime's embedded broker: server-app, data-app, analytics-app and analytics-front, each in its
 * own context on the in-process store. A graph made through server-app is queued and drawn by analytics-app and
 * stored by analytics-front in its local uploads directory; its owner opens it, a stranger cannot, and its public
 * link works until it is revoked. The other services are not started: their peers find nobody there, as when they
 * are down.
 */
class AnalyticsOnRabbitMqTest {

    /** Services on 11000-16900: below the ephemeral ports (32768 and up), where a client's socket may hold one. */
    private static final int PORT_OFFSET = 6000;
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** analytics-app's maps wait on a queue of their own, so that no other analytics-app on the broker takes them. */
    private static final String QUEUE = "analytics-e2e-" + UUID.randomUUID();

    @TempDir
    Path data;

    /** The started services, the last started first. */
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private StandaloneSettings settings;
    private StandaloneApi api;

    @Test
    void aGraphIsDrawnThroughTheBrokerReadByItsOwnerOnlyAndSharedUntilRevoked() throws Exception {
        settings = new StandaloneSettings(data, "127.0.0.1", PORT_OFFSET, 0, 0, "localhost");
        api = new StandaloneApi(settings);
        start(MaestroService.DATA);
        start(MaestroService.ANALYTICS_FRONT);
        start(MaestroService.ANALYTICS, "--maestro.analytics.queue=" + QUEUE, "--maestro.messaging.queues=" + QUEUE);
        start(MaestroService.SERVER);

        String alice = api.signUpAndIn("Alice Rabbit", "alice.rabbit@example.com");
        String bob = api.signUpAndIn("Bob Rabbit", "bob.rabbit@example.com");
        JsonNode database = api.call("POST", "/applications", alice, Map.of("name", "shop-db", "family", "Database"));
        JsonNode shopApi = api.call("POST", "/applications", alice, Map.of("name", "shop-api", "family", "Application",
                "deps", List.of(Map.of("_id", id(database), "name", "shop-db", "endpoint", "tcp://db:5432"))));
        JsonNode gateway = api.call("POST", "/applications", alice, Map.of("name", "shop-gw", "family", "ApiGateway",
                "deps", List.of(Map.of("_id", id(shopApi), "name", "shop-api"))));
        api.call("POST", "/servers", alice, Map.of("name", "api-1", "hostname", "api-1", "ipv4_private", "10.0.0.1",
                "cpu", 2, "memory", 4, "applications", List.of(Map.of("_id", id(shopApi), "name", "shop-api"))));
        JsonNode system = api.call("POST", "/system", alice, Map.of("name", "Shop",
                "entry", List.of(Map.of("_id", id(gateway), "name", "shop-gw"))));

        JsonNode graph = api.call("POST", "/graphs", alice, Map.of("name", "Shop map", "type", "bussiness",
                "systems", List.of(Map.of("_id", id(system), "name", "Shop"))));
        JsonNode drawn = ended(alice, id(graph));
        assertThat(drawn.path("status").asString()).as(drawn.toString()).isEqualTo("finished");
        assertThat(drawn.path("info").path("conections").asInt()).isEqualTo(2);
        assertThat(drawn.path("iservers").path("total").asInt()).isEqualTo(1);
        assertThat(data.resolve("files/artifacts/graphs-bussiness/" + id(graph) + "/" + id(graph) + ".png"))
                .as("in analytics-front's local uploads directory").isNotEmptyFile();

        String view = JSON.readTree(front("POST", "/graphs/" + id(graph) + "/view", alice).body())
                .path("token").asString();
        HttpResponse<String> page = front("GET", "/graphs/" + id(graph) + "?view=" + view, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"tool-" + id(shopApi) + "\"", "api-1");
        for (String ext : List.of("svg", "png", "drawio", "mmd")) {
            assertThat(front("GET", "/graphs/" + id(graph) + "?ext=" + ext, alice).statusCode()).as(ext).isEqualTo(200);
        }
        assertThat(front("GET", "/graphs/" + id(graph) + "?ext=svg", bob).statusCode()).isEqualTo(404);
        assertThat(front("POST", "/graphs/" + id(graph) + "/view", bob).statusCode()).isEqualTo(404);

        JsonNode shared = api.call("POST", "/graphs/" + id(graph) + "/public", alice, Map.of("public", true));
        String link = "/graphs/public/" + id(graph) + "?token=" + shared.path("token").asString();
        assertThat(front("GET", link, null).statusCode()).isEqualTo(200);
        assertThat(api.send("POST", "/graphs/" + id(graph) + "/public", bob, Map.of("public", false)).statusCode())
                .isEqualTo(404);
        assertThat(front("GET", link, null).statusCode()).as("a stranger cannot revoke it").isEqualTo(200);
        api.call("POST", "/graphs/" + id(graph) + "/public", alice, Map.of("public", false));
        assertThat(front("GET", link, null).statusCode()).isEqualTo(404);

        api.call("PUT", "/graphs/" + id(graph), alice, Map.of("name", "Shop map", "type", "bussiness",
                "apps", List.of(Map.of("_id", id(shopApi), "name", "shop-api"))));
        JsonNode redrawn = ended(alice, id(graph));
        assertThat(redrawn.path("status").asString()).as(redrawn.toString()).isEqualTo("finished");
        assertThat(redrawn.path("info").path("conections").asInt()).isEqualTo(1);
    }

    /** One service as the standalone runtime starts it, on the test's store and broker. */
    private void start(MaestroService service, String... more) {
        List<String> args = new ArrayList<>(List.of("--MAESTRO_PORT=" + settings.port(service),
                "--server.address=127.0.0.1", "--MAESTRO_TMP=" + data.resolve("files"),
                // one log for four services: the thread names say who speaks (the app-name label would name the first)
                "--logging.include-application-name=false"));
        for (MaestroService peer : MaestroService.values()) {
            args.add("--" + peer.peerVariable() + "=" + settings.internalUrl(peer));
        }
        args.addAll(List.of(more));
        services.add(0, service.builder().bannerMode(Banner.Mode.OFF).initializers(new MaestroTestEnvironment())
                .run(args.toArray(String[]::new)));
    }

    @AfterEach
    void stop() {
        services.forEach(ConfigurableApplicationContext::close);
        CachingConnectionFactory broker = new CachingConnectionFactory(URI.create(MaestroTestEnvironment.rabbitMqUri()));
        try {
            RabbitAdmin admin = new RabbitAdmin(broker);
            admin.deleteQueue(QUEUE);
            admin.deleteQueue(QUEUE + ".dlq");
        } finally {
            broker.destroy();
        }
    }

    /** The graph once analytics-app is done with it (after a save it is {@code process} until then). */
    private JsonNode ended(String token, String graphId) throws InterruptedException {
        return eventually(() -> {
            JsonNode graph = api.read("/graphs/" + graphId, token);
            return "process".equals(graph.path("status").asString()) ? null : graph;
        }, WAIT, "graph " + graphId + " drawn");
    }

    private HttpResponse<String> front(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.internalUrl(
                MaestroService.ANALYTICS_FRONT) + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        return StandaloneApi.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
