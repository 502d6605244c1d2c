package io.maestro.analyticsfront;

import io.maestro.common.config.AutoConfigurations;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro analytics front: stores and serves graph artifacts. */
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
public class AnalyticsFrontApplication {

    /** Its own config file name (analytics-front.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AnalyticsFrontApplication.class).properties("spring.config.name=analytics-front");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
