package io.maestro.data;

import io.maestro.common.config.AutoConfigurations;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro data gateway: queries, bulk upserts, aggregations and syncs for the internal services. */
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
public class DataApplication {

    /** Its own config file name (data-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DataApplication.class).properties("spring.config.name=data-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
