package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.schema.ObjectSchema;
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
        ObjectSchema schema = object()
                .field("msg", string().length(3, 150).required())
                .field("context", string().length(3, 30).required())
                .field("status", string().length(3, 150));
        return ResourceDefinition.builder("/events", "events", "events")
                .schema(schema)
                .listFields("_id", "msg", "context", "status", "description", "created_at", "updated_at")
                .singleFields(InventorySchemas.singleView(schema, "description"))
                .build();
    }
}
