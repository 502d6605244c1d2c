package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Events (§2.8): messages about the inventory ({@code msg}, {@code context}, {@code status}). They expire; see
 * {@code io.maestro.server.domain.events.EventRetention}. 0.6 listed {@code description} as writable without a rule
 * (so it was 422); here it is not writable and dropped like any unknown key, but it is read: services writing through
 * data-app put details there (scheduler-app the outcome of a run), which the dashboard shows under each event.
 */
@Configuration(proxyBeanMethods = false)
public class EventsResource {

    @Bean
    ResourceDefinition eventsDefinition() {
        return ResourceDefinition.of(Inventory.EVENTS)
                .build();
    }
}
