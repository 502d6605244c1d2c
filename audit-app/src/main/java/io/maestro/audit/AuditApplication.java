package io.maestro.audit;

import io.maestro.common.config.ServiceWithMongoAndBroker;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro audit: the history of every change. */
@ServiceWithMongoAndBroker
public class AuditApplication {

    /** Its own config file name (audit-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AuditApplication.class).properties("spring.config.name=audit-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
