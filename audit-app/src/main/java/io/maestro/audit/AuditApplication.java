package io.maestro.audit;

import io.maestro.common.config.AutoConfigurations;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro audit: the history of every change. */
@SpringBootApplication(excludeName = {
        AutoConfigurations.MONGO_REACTIVE,
        AutoConfigurations.MONGO_HEALTH,
        AutoConfigurations.MONGO_REACTIVE_HEALTH,
        AutoConfigurations.DATA_MONGO_REACTIVE,
        AutoConfigurations.DATA_MONGO_REACTIVE_REPOSITORIES,
        AutoConfigurations.USER_DETAILS
})
public class AuditApplication {

    /** Its own config file name (audit-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AuditApplication.class).properties("spring.config.name=audit-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
