package io.maestro.analytics;

import io.maestro.common.config.ServiceWithBroker;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro analytics: business dependency graphs drawn as SVG. */
@ServiceWithBroker
public class AnalyticsApplication {

    /** Its own config file name (analytics-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AnalyticsApplication.class).properties("spring.config.name=analytics-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
