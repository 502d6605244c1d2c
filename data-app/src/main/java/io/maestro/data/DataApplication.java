package io.maestro.data;

import io.maestro.common.config.ServiceWithMongo;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro data gateway: queries, bulk upserts, aggregations and syncs for the internal services. */
@ServiceWithMongo
public class DataApplication {

    /** Its own config file name (data-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DataApplication.class).properties("spring.config.name=data-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
