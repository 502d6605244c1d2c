package io.maestro.server.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.common.testsupport.MutableClock;
import io.maestro.server.ServerApplication;
import io.maestro.server.store.identity.MongoLoginFailureRepository;
import io.maestro.server.store.identity.MongoUsedResetTokenRepository;
import io.maestro.server.store.identity.MongoUserRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * server-app booted on a random port against the in-process Mongo, with a GreenMail SMTP server, a stand-in
 * audit-app, a temporary upload root and a clock the tests move. All identity and upload API tests share it
 * (one Spring context); each test starts from empty identity collections.
 */
@SpringBootTest(classes = ServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=server-app", "maestro.upload.max-size=64KB", "maestro.http.max-body-size=32KB"})
@ContextConfiguration(initializers = MaestroTestEnvironment.class)
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
        registry.add("maestro.upload.root", UPLOAD_ROOT::toString);
    }

    @BeforeEach
    void startFromEmptyIdentityCollections() throws Exception {
        for (String collection : new String[] {MongoUserRepository.USERS, MongoUserRepository.ADMIN_BOOTSTRAP,
                MongoLoginFailureRepository.COLLECTION, MongoUsedResetTokenRepository.COLLECTION}) {
            mongo.getCollection(collection).deleteMany(new org.bson.Document());
        }
        MAIL.purgeEmailFromAllMailboxes();
        clock.reset();
        AuditStub.down = false;
    }

    /** An answer: status, headers and body (parsed when JSON). */
    protected record Answer(int status, HttpResponse<String> raw, JsonNode json) {

        public String error() {
            return json.path("err").path("name").asString();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
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
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !response.body().isEmpty()
                    ? JSON.readTree(response.body()) : JSON.missingNode();
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
