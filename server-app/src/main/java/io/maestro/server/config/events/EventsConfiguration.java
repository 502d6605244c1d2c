package io.maestro.server.config.events;

import io.maestro.server.domain.events.EventRetention;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention job of events: {@code MAESTRO_EVENTS_TTL_DAYS} (default 15, as 0.6's TTL index). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class EventsConfiguration {

    @Bean
    EventRetention eventRetention(MongoTemplate mongo, @Value("${maestro.events.ttl-days}") long ttlDays) {
        return new EventRetention(mongo, "events", Duration.ofDays(ttlDays), Clock.systemUTC());
    }
}
