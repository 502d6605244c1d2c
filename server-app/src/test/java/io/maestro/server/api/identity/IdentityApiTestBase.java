package io.maestro.server.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.common.testsupport.MutableClock;
import io.maestro.server.ServerApplication;
import io.maestro.server.store.identity.MongoAttemptCounters;
import io.maestro.server.store.identity.MongoUsedResetTokenRepository;
import io.maestro.server.store.identity.MongoUserRepository;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * server-app booted on a random port against the in-process Mongo, with a GreenMail SMTP server, stand-ins for
 * audit-app and websocket-app, a temporary upload root and a clock the tests move. All identity and upload API tests share it
 * (one Spring context); each test starts from empty identity collections.
 */
@MaestroApiTest(classes = ServerApplication.class,
        properties = {"spring.config.name=server-app", "maestro.upload.max-size=64KB", "maestro.http.max-body-size=32KB"})
@Import(IdentityApiTestBase.TestClock.class)
public abstract class IdentityApiTestBase {

    public static final GreenMail MAIL = startMail();
    public static final Path UPLOAD_ROOT = temporaryDirectory();
    public static final String SENDER = "maestro@example.test";

    protected static final HttpClient HTTP = HttpClient.newHttpClient();
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected MutableClock clock;

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry registry) {
        registry.add("maestro.mail.host", () -> "127.0.0.1");
        registry.add("maestro.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("maestro.mail.sender", () -> SENDER);
        registry.add("maestro.peers.audit", AuditStub::uri);
        registry.add("maestro.peers.websocket", WebsocketStub::uri);
        registry.add("maestro.upload.root", UPLOAD_ROOT::toString);
    }

    @BeforeEach
    void startFromEmptyIdentityCollections() throws Exception {
        for (String collection : new String[] {MongoUserRepository.USERS, MongoUserRepository.ADMIN_BOOTSTRAP,
                MongoAttemptCounters.COLLECTION, MongoUsedResetTokenRepository.COLLECTION}) {
            mongo.getCollection(collection).deleteMany(new org.bson.Document());
        }
        MAIL.purgeEmailFromAllMailboxes();
        clock.reset();
        AuditStub.down = false;
        WebsocketStub.commands.clear();
        WebsocketStub.authorizations.clear();
    }

    /** An answer: status, headers and body (parsed when JSON). */
    protected record Answer(int status, HttpHeaders headers, String body, JsonNode json) {

        static Answer of(int status, HttpHeaders headers, String body) {
            String type = headers.firstValue("Content-Type").orElse("");
            return new Answer(status, headers, body, type.contains("json") && !body.isEmpty()
                    ? JSON.readTree(body) : JSON.missingNode());
        }

        public String error() {
            return json.path("err").path("name").asString();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    protected Answer call(String method, String path, Object body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    protected Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return Answer.of(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same call as {@link #call} made from another loopback address ({@code 127.0.0.x}), as a client on another
     * machine would make it: the server sees that address as the client's. One HTTP/1.1 exchange on a socket bound to
     * it (the JDK's HTTP client cannot choose its local address).
     */
    protected Answer callFrom(String clientAddress, String method, String path, Object body) {
        byte[] content = body == null ? new byte[0]
                : (body instanceof String text ? text : JSON.writeValueAsString(body)).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(clientAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10000);
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = reply.indexOf("\r\n\r\n");
            String[] lines = reply.substring(0, split).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            HttpHeaders parsed = HttpHeaders.of(headers, (name, value) -> true);
            String payload = reply.substring(split + 4);
            if (parsed.firstValue("Transfer-Encoding").filter("chunked"::equalsIgnoreCase).isPresent()) {
                payload = unchunked(payload);
            }
            return Answer.of(Integer.parseInt(lines[0].split(" ")[1]), parsed, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unchunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected Answer get(String path, String token) {
        return call("GET", path, null, token);
    }

    /** Signs up a user and returns its {@code _id}. */
    protected String register(String name, String email, String password) {
        Answer created = call("POST", "/users", Map.of("name", name, "email", email, "password", password), null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("_id").asString();
    }

    protected String login(String email, String password) {
        Answer login = call("POST", "/users/auth", Map.of("email", email, "password", password), null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json().path("token").asString();
    }

    /** A registered and logged-in user. */
    protected record Account(String id, String email, String password, String token) {
    }

    protected Account account(String name, String email) {
        String password = "secret-" + name;
        String id = register(name, email, password);
        return new Account(id, email, password, login(email, password));
    }

    protected static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("maestro-uploads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
