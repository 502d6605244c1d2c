package io.maestro.reports;

import io.maestro.common.config.AutoConfigurations;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro reports: general and pivot reports, charts and exports. */
@SpringBootApplication(excludeName = {
        AutoConfigurations.MONGO_REACTIVE,
        AutoConfigurations.MONGO_HEALTH,
        AutoConfigurations.MONGO_REACTIVE_HEALTH,
        AutoConfigurations.DATA_MONGO_REACTIVE,
        AutoConfigurations.DATA_MONGO_REACTIVE_REPOSITORIES,
        AutoConfigurations.USER_DETAILS
})
public class ReportsApplication {

    /** Its own config file name (reports-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ReportsApplication.class).properties("spring.config.name=reports-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
