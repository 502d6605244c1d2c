package io.maestro.reports;

import io.maestro.common.config.ServiceWithMongoAndBroker;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro reports: general and pivot reports, charts and exports. */
@ServiceWithMongoAndBroker
public class ReportsApplication {

    /** Its own config file name (reports-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ReportsApplication.class).properties("spring.config.name=reports-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
