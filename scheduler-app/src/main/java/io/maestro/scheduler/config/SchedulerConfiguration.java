package io.maestro.scheduler.config;

import io.maestro.scheduler.domain.SchedulerProperties;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scheduler's settings and its clock (UTC; tests put a clock they move by hand in its place). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulerProperties.class)
public class SchedulerConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock schedulerClock() {
        return Clock.systemUTC();
    }
}
