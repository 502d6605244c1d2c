package io.maestro.client;

import io.maestro.common.config.AutoConfigurations;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro dashboard (single-page application). */
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
        AutoConfigurations.RABBIT,
        AutoConfigurations.RABBIT_HEALTH,
        AutoConfigurations.RABBIT_METRICS,
        AutoConfigurations.USER_DETAILS
})
public class ClientApplication {

    /** Its own config file name (client-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ClientApplication.class).properties("spring.config.name=client-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
