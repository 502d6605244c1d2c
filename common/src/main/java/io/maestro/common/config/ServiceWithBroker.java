package io.maestro.common.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The {@link SpringBootApplication} of a service with the AMQP broker and no Mongo database: as
 * {@link ServiceWithMongoAndBroker}, and without the Mongo client.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootApplication(excludeName = {
        AutoConfigurations.MONGO,
        AutoConfigurations.MONGO_REACTIVE,
        AutoConfigurations.MONGO_HEALTH,
        AutoConfigurations.MONGO_REACTIVE_HEALTH,
        AutoConfigurations.MONGO_METRICS,
        AutoConfigurations.DATA_MONGO,
        AutoConfigurations.DATA_MONGO_REACTIVE,
        AutoConfigurations.DATA_MONGO_REPOSITORIES,
        AutoConfigurations.DATA_MONGO_REACTIVE_REPOSITORIES,
        AutoConfigurations.USER_DETAILS
})
public @interface ServiceWithBroker {
}
