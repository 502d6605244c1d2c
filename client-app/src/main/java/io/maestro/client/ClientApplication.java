package io.maestro.client;

import io.maestro.common.config.ServiceWithoutMongoOrBroker;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro dashboard (single-page application). */
@ServiceWithoutMongoOrBroker
public class ClientApplication {

    /** Its own config file name (client-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ClientApplication.class).properties("spring.config.name=client-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
