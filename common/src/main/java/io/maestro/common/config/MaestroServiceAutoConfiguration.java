package io.maestro.common.config;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The surface every Maestro service has: {@code GET /}, its declared secrets, a Mongo health check that works everywhere. */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableConfigurationProperties(ServiceInfoProperties.class)
@Import(ServiceInfoController.class)
public class MaestroServiceAutoConfiguration {

    @Bean
    MaestroSecrets maestroSecrets(Environment environment) {
        List<String> names = Binder.get(environment)
                .bind("maestro.required-secrets", Bindable.listOf(String.class))
                .orElse(List.of());
        return MaestroSecrets.require(environment, names);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    @ConditionalOnBean(MongoTemplate.class)
    static class MongoHealth {
        @Bean
        MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
            return new MongoPingHealthIndicator(mongo);
        }
    }
}
