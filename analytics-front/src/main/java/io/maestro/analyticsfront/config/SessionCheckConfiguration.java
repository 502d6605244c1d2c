package io.maestro.analyticsfront.config;

import io.maestro.analyticsfront.store.MongoSessionGenerations;
import io.maestro.common.security.RememberedSessionCheck;
import io.maestro.common.security.SessionUserCheck;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A deleted user's session, and every session issued before a password change, stop opening maps as they stop
 * working on server-app: within {@link #REMEMBERED} here, since this service is not told of the change.
 */
@Configuration(proxyBeanMethods = false)
class SessionCheckConfiguration {

    static final Duration REMEMBERED = Duration.ofSeconds(5);

    @Bean
    SessionUserCheck sessionUserCheck(MongoSessionGenerations generations) {
        return new RememberedSessionCheck(generations::activeGeneration, Clock.systemUTC(), REMEMBERED);
    }
}
