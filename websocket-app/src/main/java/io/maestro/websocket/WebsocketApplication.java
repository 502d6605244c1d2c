package io.maestro.websocket;

import io.maestro.common.config.ServiceWithBroker;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Maestro websocket: live notifications for the dashboard. */
@ServiceWithBroker
public class WebsocketApplication {

    /** Its own config file name (websocket-app.yml), so that all ten services can share one JVM in the standalone runtime. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(WebsocketApplication.class).properties("spring.config.name=websocket-app");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
