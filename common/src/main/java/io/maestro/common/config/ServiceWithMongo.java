package io.maestro.common.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The {@link SpringBootApplication} of a service with a Mongo database and no AMQP broker: as
 * {@link ServiceWithMongoAndBroker}, and without the RabbitMQ client.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootApplication(excludeName = {
        AutoConfigurations.MONGO_REACTIVE,
        AutoConfigurations.MONGO_HEALTH,
        AutoConfigurations.MONGO_REACTIVE_HEALTH,
        AutoConfigurations.DATA_MONGO_REACTIVE,
        AutoConfigurations.DATA_MONGO_REACTIVE_REPOSITORIES,
        AutoConfigurations.RABBIT,
        AutoConfigurations.RABBIT_HEALTH,
        AutoConfigurations.RABBIT_METRICS,
        AutoConfigurations.USER_DETAILS
})
public @interface ServiceWithMongo {
}
