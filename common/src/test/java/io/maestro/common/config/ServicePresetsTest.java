package io.maestro.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.core.annotation.AnnotationAttributes;
import org.springframework.core.type.AnnotationMetadata;

/**
 * A preset on an application class reaches Spring Boot: these are the exclusions Boot's auto-configuration selector
 * reads from the class, through the preset's {@code @SpringBootApplication}.
 */
class ServicePresetsTest {

    static final List<String> LEFT_OUT_BY_EVERY_SERVICE = List.of(AutoConfigurations.MONGO_REACTIVE,
            AutoConfigurations.MONGO_HEALTH, AutoConfigurations.MONGO_REACTIVE_HEALTH,
            AutoConfigurations.DATA_MONGO_REACTIVE, AutoConfigurations.DATA_MONGO_REACTIVE_REPOSITORIES,
            AutoConfigurations.USER_DETAILS);
    static final List<String> MONGO = List.of(AutoConfigurations.MONGO, AutoConfigurations.MONGO_METRICS,
            AutoConfigurations.DATA_MONGO, AutoConfigurations.DATA_MONGO_REPOSITORIES);
    static final List<String> BROKER = List.of(AutoConfigurations.RABBIT, AutoConfigurations.RABBIT_HEALTH,
            AutoConfigurations.RABBIT_METRICS);

    @ServiceWithMongoAndBroker
    static class MongoAndBrokerApp {
    }

    @ServiceWithMongo
    static class MongoApp {
    }

    @ServiceWithBroker
    static class BrokerApp {
    }

    @ServiceWithoutMongoOrBroker
    static class WebApp {
    }

    @Test
    void aServiceWithMongoAndTheBrokerKeepsBoth() {
        assertThat(excluded(MongoAndBrokerApp.class)).containsExactlyInAnyOrderElementsOf(LEFT_OUT_BY_EVERY_SERVICE);
    }

    @Test
    void aServiceWithMongoOnlyOpensNoBrokerConnection() {
        assertThat(excluded(MongoApp.class)).containsAll(LEFT_OUT_BY_EVERY_SERVICE).containsAll(BROKER)
                .doesNotContainAnyElementsOf(MONGO).hasSize(LEFT_OUT_BY_EVERY_SERVICE.size() + BROKER.size());
    }

    @Test
    void aServiceWithTheBrokerOnlyOpensNoMongoClient() {
        assertThat(excluded(BrokerApp.class)).containsAll(LEFT_OUT_BY_EVERY_SERVICE).containsAll(MONGO)
                .doesNotContainAnyElementsOf(BROKER).hasSize(LEFT_OUT_BY_EVERY_SERVICE.size() + MONGO.size());
    }

    @Test
    void aServiceWithNeitherOpensNeither() {
        assertThat(excluded(WebApp.class)).containsAll(LEFT_OUT_BY_EVERY_SERVICE).containsAll(MONGO).containsAll(BROKER)
                .hasSize(LEFT_OUT_BY_EVERY_SERVICE.size() + MONGO.size() + BROKER.size());
    }

    private static List<String> excluded(Class<?> application) {
        AnnotationAttributes enableAutoConfiguration = AnnotationAttributes.fromMap(AnnotationMetadata
                .introspect(application).getAnnotationAttributes(EnableAutoConfiguration.class.getName(), true));
        return List.of(enableAutoConfiguration.getStringArray("excludeName"));
    }
}
