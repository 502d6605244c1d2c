package io.maestro.common.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import io.maestro.common.store.IndexedMemoryBackend;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Test wiring for any Maestro service: one in-process Mongo-wire server per test JVM (the indexed memory backend the
 * standalone runtime stores in, {@link IndexedMemoryBackend}), a fixed set of test
 * secrets, and the machine's RabbitMQ. {@link MaestroApiTest} applies it; elsewhere use
 * {@code @ContextConfiguration(initializers = MaestroTestEnvironment.class)}.
 */
public class MaestroTestEnvironment implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final Map<String, String> SECRETS = Map.of(
            "MAESTRO_SECRETJWT", "test-user-session-secret-0123456789abcdef",
            "MAESTRO_SECRETJWT_PRIVATE", "test-private-service-secret-0123456789abcdef",
            "MAESTRO_SECRETJWT_PUBLIC", "test-public-share-secret-0123456789abcdef",
            "MAESTRO_SECRETJWT_FORGOT", "test-forgot-password-secret-0123456789abcdef",
            "MAESTRO_SECRET_CRYPTO_FORGOT", "test-forgot-crypto-secret-0123456789abcdef",
            "MAESTRO_SECRET_CRYPTO", "test-credentials-crypto-secret-0123456789abcdef",
            "MAESTRO_NOAUTH", "test-noauth-0123456789",
            "MAESTRO_WEBSOCKET_SECRET", "test-websocket-api-key-0123456789");

    private static MongoServer mongo;

    /** The shared in-process Mongo-wire server, started on first use. */
    public static synchronized String mongoUri() {
        if (mongo == null) {
            mongo = new MongoServer(new IndexedMemoryBackend());
            InetSocketAddress address = mongo.bind();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow));
            return "mongodb://127.0.0.1:" + address.getPort();
        }
        return "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
    }

    /**
     * The machine's RabbitMQ; {@code MAESTRO_TEST_AMQP} may name a virtual host of it instead, so that several checkouts
     * can run their tests at once without taking each other's messages from the services' fixed queues.
     */
    public static String rabbitMqUri() {
        String uri = System.getenv("MAESTRO_TEST_AMQP");
        return uri == null || uri.isBlank() ? "amqp://guest:guest@127.0.0.1:5672" : uri;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new LinkedHashMap<>(SECRETS);
        properties.put("spring.mongodb.uri", mongoUri());
        properties.put("spring.rabbitmq.addresses", rabbitMqUri());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("maestro-test", properties));
    }
}
