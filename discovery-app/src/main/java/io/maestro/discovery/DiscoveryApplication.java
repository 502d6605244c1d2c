package io.maestro.discovery;

import io.maestro.common.config.ServiceWithBroker;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro discovery: crawls cloud providers and files into the inventory. */
@ServiceWithBroker
public class DiscoveryApplication {

    /** Its own config file name (discovery-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DiscoveryApplication.class).properties("spring.config.name=discovery-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
