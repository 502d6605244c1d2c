package io.maestro.scheduler;

import io.maestro.common.config.ServiceWithMongoAndBroker;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro scheduler: interval and cron jobs for syncs, reports and webhooks. */
@ServiceWithMongoAndBroker
public class SchedulerApplication {

    /** Its own config file name (scheduler-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SchedulerApplication.class).properties("spring.config.name=scheduler-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
