package io.maestro.analyticsfront;

import io.maestro.common.config.ServiceWithMongo;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro analytics front: stores and serves graph artifacts. */
@ServiceWithMongo
public class AnalyticsFrontApplication {

    /** Its own config file name (analytics-front.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AnalyticsFrontApplication.class).properties("spring.config.name=analytics-front");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
