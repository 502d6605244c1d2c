package io.maestro.server;

import io.maestro.common.config.AutoConfigurations;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro public API: authentication, users, teams, ACL and the inventory. */
@SpringBootApplication(excludeName = {
        AutoConfigurations.MONGO_REACTIVE,
        AutoConfigurations.MONGO_HEALTH,
        AutoConfigurations.MONGO_REACTIVE_HEALTH,
        AutoConfigurations.DATA_MONGO_REACTIVE,
        AutoConfigurations.DATA_MONGO_REACTIVE_REPOSITORIES,
        AutoConfigurations.USER_DETAILS
})
public class ServerApplication {

    /** Its own config file name (server-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ServerApplication.class).properties("spring.config.name=server-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
