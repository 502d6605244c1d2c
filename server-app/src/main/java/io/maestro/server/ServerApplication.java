package io.maestro.server;

import io.maestro.common.config.ServiceWithMongoAndBroker;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro public API: authentication, users, teams, ACL and the inventory. */
@ServiceWithMongoAndBroker
public class ServerApplication {

    /** Its own config file name (server-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ServerApplication.class).properties("spring.config.name=server-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
