package io.maestro.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof that Maestro runs as ten separate services wired only by their environment: the ten boot jars as ten
 * processes with the environment docker-compose.yml gives them ({@link TenProcesses}), an in-process MongoDB-wire
 * store, the machine's RabbitMQ on a virtual host of this run's own; then what a user does through the public API.
 */
class TenProcessesTest {

    /** Services on 17000–22900: clear of the standalone tests' offsets (16000, 20000, 21000) and of ephemeral ports. */
    private static final int PORT_OFFSET = 12000;
    /** Each process as small as it can be on a shared 2-core machine: C1 only, serial GC, a modest heap. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
            "-Xmx256m", "-XX:MaxMetaspaceSize=192m");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static MongoServer store;
    private static String virtualHost;
    private static TenProcesses maestro;

    @BeforeAll
    static void start() throws Exception {
        Path directory = Files.createDirectories(Repository.root().resolve("deploy-tests/target/ten-processes"));
        store = new MongoServer(new MemoryBackend());
        InetSocketAddress storeAddress = store.bind();
        virtualHost = "maestro-deploy-" + UUID.randomUUID().toString().substring(0, 8);
        rabbitmqctl("add_vhost", virtualHost);
        rabbitmqctl("set_permissions", "-p", virtualHost, "guest", ".*", ".*", ".*");

        // The operator's step: deploy/secrets.sh writes .env; this machine's broker takes the place of the bundled one.
        Map<String, String> env = new LinkedHashMap<>(EnvFile.generate(directory.resolve(".env." + virtualHost)));
        env.put("CELERY_BROKER_URL", "amqp://guest:guest@rabbitmq:5672/" + virtualHost);
        ComposeFile compose = ComposeFile.interpolated(Repository.file("docker-compose.yml"), env);

        maestro = new TenProcesses(compose, PORT_OFFSET,
                Map.of("mongodb:27017", "127.0.0.1:" + storeAddress.getPort(), "rabbitmq:5672", "127.0.0.1:5672"),
                directory);
        long started = System.nanoTime();
        maestro.start(JVM_OPTIONS);
        maestro.awaitReady(Duration.ofMinutes(5));
        System.out.printf("Ten processes ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (maestro != null) {
                try {
                    reportMemory(maestro.residentMegabytes());
                } finally {
                    maestro.close();
                }
            }
        } finally {
            if (store != null) {
                store.shutdownNow();
            }
            if (virtualHost != null) {
                rabbitmqctl("delete_vhost", virtualHost);
            }
        }
    }

    /** Resident memory of each process after the scenario: target/ten-processes/memory.txt (README, "Deploy"). */
    private static void reportMemory(Map<Service, Long> memory) throws IOException {
        StringBuilder table = new StringBuilder("service RSS (MB) after the scenario\n");
        memory.forEach((service, megabytes) -> table.append(String.format("%-16s %5d%n", service.module(), megabytes)));
        table.append(String.format("%-16s %5d%n", "total", memory.values().stream().mapToLong(Long::longValue).sum()));
        Files.writeString(Repository.root().resolve("deploy-tests/target/ten-processes/memory.txt"), table);
        System.out.print(table);
    }

    @Test
    void eachServiceAnswersAsItselfWithItsProbes() throws Exception {
        for (Service service : Service.values()) {
            HttpResponse<String> info = HTTP.send(HttpRequest.newBuilder(URI.create(maestro.url(service) + "/"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(JSON.readTree(info.body()).path("app").asText()).as(info.body()).isEqualTo(service.module());
            HttpResponse<String> liveness = HTTP.send(HttpRequest.newBuilder(URI.create(maestro.url(service)
                    + "/actuator/health/liveness")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(liveness.statusCode()).as(service.module()).isEqualTo(200);
        }
        HttpResponse<String> config = HTTP.send(HttpRequest.newBuilder(URI.create(maestro.url(Service.CLIENT) + "/config.js"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(config.body()).startsWith("window.MAESTRO_CONFIG = ");
    }

    @Test
    void aUserSharesAServerSeesItsHistoryAndImportsAFile() throws Exception {
        String owner = signUpAndIn("Olive Owner", "olive@example.com");
        String colleague = signUpAndIn("Carl Colleague", "carl@example.com");

        try (Browser browser = Browser.open(maestro.url(Service.WEBSOCKET).replaceFirst("^http", "ws") + "/connection/websocket")) {
            browser.listen(owner, "maestro-" + idOf(owner));

            String server = call("POST", "/servers", owner, Map.of("name", "deploy-smoke", "ipv4_private", "10.0.0.7"), 201)
                    .path("_id").asText();
            assertThat(send("GET", "/servers/" + server, colleague, null).statusCode()).as("before sharing").isEqualTo(404);
            call("POST", "/servers/" + server + "/roles", owner, Map.of("id", idOf(colleague), "refs", "users", "role", 1), 201);
            assertThat(call("GET", "/servers/" + server, colleague, null, 200).path("name").asText()).isEqualTo("deploy-smoke");

            JsonNode history = eventually(() -> call("GET", "/servers/" + server + "/audit", owner, null, 200),
                    found -> found.path("found").asInt() >= 1, "the server's creation in audit-app");
            assertThat(history.path("items").get(0).path("body").toString()).contains("deploy-smoke");

            String file = call("PUT", "/users/upload?ext=json&folder=users&name=inventory", owner,
                    Map.of("servers", List.of(Map.of("name", "imported-a", "ipv4_private", "10.1.0.1"),
                            Map.of("name", "imported-b", "ipv4_private", "10.1.0.2"))), 201).path("filename").asText();
            String datacenter = call("POST", "/datacenters", owner, Map.of("name", "dc-deploy", "provider", "File"), 201)
                    .path("_id").asText();
            String connection = call("POST", "/connections", owner, Map.of("name", "inventory file", "provider", "File",
                    "service", "upload_file", "dc", "dc-deploy", "dc_id", datacenter, "regions", List.of(),
                    "conn", Map.of("artifacts", JSON.writeValueAsString(List.of(file)))), 201).path("_id").asText();
            call("PUT", "/connections/" + connection + "/task/server-import", owner, null, 200);

            JsonNode done = browser.push(push -> push.at("/data/notify/msg").asText().startsWith("Finish Sync"));
            assertThat(done.at("/data/notify/type").asText()).as(done.toString()).isEqualTo("success");
            JsonNode imported = call("GET", "/servers?name=imported-a", owner, null, 200);
            assertThat(imported.path("found").asInt()).as(imported.toString()).isEqualTo(1);
        }
    }

    /**
     * kill -9 of audit-app while a user writes: every write acknowledged before, during and after its death has its
     * history once it is back (server-app's outbox and the broker's durable queue hold what it did not take), exactly
     * once: a message audit-app had recorded but not acknowledged when it died comes again, and its row, carrying the
     * message's id, is not written twice (docs/audit-app.md, "Crashes").
     */
    @Test
    void historyOfEveryAcknowledgedWriteSurvivesAKilledAuditApp() throws Exception {
        String owner = signUpAndIn("Kim Killed", "kim@example.com");
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            if (i == 40) {
                maestro.killAndRestart(Service.AUDIT);
            }
            acknowledged.add(call("POST", "/servers", owner, Map.of("name", "crash-" + i), 201).path("_id").asText());
        }
        maestro.awaitReady(Duration.ofMinutes(2));
        for (String server : acknowledged) {
            eventually(() -> call("GET", "/servers/" + server + "/audit", owner, null, 200),
                    found -> found.path("found").asInt() >= 1, "the creation of server " + server + " in its history");
        }
        Thread.sleep(3000); // a copy delivered again, had it been recorded twice, would show by now
        for (String server : acknowledged) {
            assertThat(call("GET", "/servers/" + server + "/audit", owner, null, 200).path("found").asInt())
                    .as("history rows of server " + server).isEqualTo(1);
        }
    }

    private static String signUpAndIn(String name, String email) throws Exception {
        String password = "deploy-" + UUID.randomUUID();
        call("POST", "/users", null, Map.of("name", name, "email", email, "password", password), 201);
        return call("POST", "/users/auth", null, Map.of("email", email, "password", password), 200).path("token").asText();
    }

    /** The user id in a session token's claims. */
    private static String idOf(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("_id").asText();
    }

    private static JsonNode call(String method, String path, String token, Object body, int expected) throws Exception {
        HttpResponse<String> response = send(method, path, token, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(maestro.url(Service.SERVER) + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Probe {
        JsonNode get() throws Exception;
    }

    private static JsonNode eventually(Probe probe, Predicate<JsonNode> done, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not seen within " + WAIT + "; last answer: " + last);
            }
            Thread.sleep(250);
            last = probe.get();
        }
        return last;
    }

    private static void rabbitmqctl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new AssertionError("rabbitmqctl is needed to give this test a virtual host of its own (.ci/run installs RabbitMQ)", missing);
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0)
                .as("rabbitmqctl " + String.join(" ", arguments) + ": " + output).isTrue();
    }

    /** A dashboard's socket on websocket-app: signed in, subscribed, keeping the pushes it receives. */
    private static final class Browser implements WebSocket.Listener, AutoCloseable {

        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;
        private int nextId;

        static Browser open(String url) {
            Browser browser = new Browser();
            browser.socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(url), browser)
                    .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
            return browser;
        }

        void listen(String token, String channel) throws Exception {
            assertThat(command("connect", Map.of("token", token)).has("result")).isTrue();
            assertThat(command("subscribe", Map.of("channel", channel)).has("result")).isTrue();
        }

        JsonNode push(Predicate<JsonNode> wanted) throws InterruptedException {
            return next(frame -> frame.has("push") && wanted.test(frame.get("push"))).get("push");
        }

        private JsonNode command(String method, Map<String, String> params) throws Exception {
            int id = ++nextId;
            socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).join();
            return next(frame -> frame.path("id").asInt() == id);
        }

        private JsonNode next(Predicate<JsonNode> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode frame = frames.poll(100, TimeUnit.MILLISECONDS);
                if (frame != null && wanted.test(frame)) {
                    return frame;
                }
            }
            throw new AssertionError("no such frame within " + WAIT);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode frame = JSON.readTree(partial.toString());
                    if (frame.has("ping")) {
                        webSocket.sendText("{\"method\":\"pong\"}", true);
                    } else {
                        frames.add(frame);
                    }
                } catch (IOException notJson) {
                    throw new AssertionError("websocket-app sent a frame that is not JSON: " + partial, notJson);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
