package io.maestro.common.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The {@link SpringBootApplication} of a service with a Mongo database and the AMQP broker. Like every preset of
 * {@link AutoConfigurations} it switches off what no Maestro service uses: reactive Mongo, Boot's Mongo health check
 * and the generated in-memory user.
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
        AutoConfigurations.USER_DETAILS
})
public @interface ServiceWithMongoAndBroker {
}
