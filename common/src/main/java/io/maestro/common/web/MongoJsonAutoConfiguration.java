package io.maestro.common.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers {@link MongoJsonModule} with the service's JSON mapper (Boot picks up every {@code JacksonModule} bean). */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
public class MongoJsonAutoConfiguration {

    @Bean
    MongoJsonModule mongoJsonModule() {
        return new MongoJsonModule();
    }
}
