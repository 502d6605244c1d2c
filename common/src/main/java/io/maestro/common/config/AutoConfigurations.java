package io.maestro.common.config;

/**
 * Fully-qualified names of the Spring Boot auto-configurations a service may switch off in
 * {@code @SpringBootApplication(excludeName = ...)}. Every service has every starter on its class path
 * (they all come through {@code common}, and the standalone runtime puts all ten in one JVM), so a service
 * switches off what it does not use, e.g. the websocket service opens no Mongo client. It does so with one of the
 * presets, which are {@code @SpringBootApplication}s with the list of what a kind of service leaves out:
 * {@link ServiceWithMongoAndBroker}, {@link ServiceWithMongo}, {@link ServiceWithBroker},
 * {@link ServiceWithoutMongoOrBroker}.
 */
public final class AutoConfigurations {

    public static final String MONGO = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration";
    public static final String MONGO_REACTIVE = "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration";
    /** Boot's Mongo health check sends {@code hello}, which the embedded store lacks; {@link MongoPingHealthIndicator} replaces it. */
    public static final String MONGO_HEALTH = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration";
    public static final String MONGO_REACTIVE_HEALTH = "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration";
    public static final String MONGO_METRICS = "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration";
    public static final String DATA_MONGO = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration";
    public static final String DATA_MONGO_REACTIVE = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration";
    public static final String DATA_MONGO_REPOSITORIES = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration";
    public static final String DATA_MONGO_REACTIVE_REPOSITORIES = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration";
    public static final String RABBIT = "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration";
    public static final String RABBIT_HEALTH = "org.springframework.boot.amqp.autoconfigure.health.RabbitHealthContributorAutoConfiguration";
    public static final String RABBIT_METRICS = "org.springframework.boot.amqp.autoconfigure.metrics.RabbitMetricsAutoConfiguration";
    public static final String USER_DETAILS = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration";

    private AutoConfigurations() {
    }
}
