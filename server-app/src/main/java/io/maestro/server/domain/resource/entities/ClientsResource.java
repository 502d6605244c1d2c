package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.array;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.schema.ObjectSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Clients (§2.6, rules §2.13): who a system serves, with contact channels. */
@Configuration(proxyBeanMethods = false)
public class ClientsResource {

    @Bean
    ResourceDefinition clientsDefinition() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required())
                .field("description", string().max(800))
                .field("contacts", array(InventorySchemas.contacts()))
                .field("tags", array(InventorySchemas.tags()));
        return ResourceDefinition.builder("/clients", "clients", "clients")
                .schema(schema)
                .listFields("_id", "name", "description", "contacts", "tags", "created_at", "updated_at")
                .singleFields(InventorySchemas.singleView(schema))
                .build();
    }
}
