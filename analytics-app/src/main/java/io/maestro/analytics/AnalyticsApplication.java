package io.maestro.analytics;

import io.maestro.common.config.AutoConfigurations;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro analytics: business dependency graphs drawn as SVG. */
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
public class AnalyticsApplication {

    /** Its own config file name (analytics-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AnalyticsApplication.class).properties("spring.config.name=analytics-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
