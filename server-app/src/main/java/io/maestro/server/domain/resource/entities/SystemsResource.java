package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.array;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.schema.ObjectSchema;
import io.maestro.server.domain.resource.ResourceService;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Systems (§2.6, rules §2.13): a group of applications with entry points ({@code entry}) and the clients it serves.
 * Route {@code /system}, entity name {@code system}, collection {@code systems} (D6). Creating or replacing one links
 * its entry applications back to it ({@link SystemEntryLinks}).
 */
@Configuration(proxyBeanMethods = false)
public class SystemsResource {

    @Bean
    ResourceDefinition systemsDefinition(ResourceService resources,
            @Qualifier("applicationsDefinition") ResourceDefinition applications) {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required())
                .field("description", string().max(800))
                .field("clients", array(InventorySchemas.entities()))
                .field("entry", array(InventorySchemas.entries()))
                .field("tags", array(InventorySchemas.tags()));
        return ResourceDefinition.builder("/system", "system", "systems")
                .schema(schema)
                .listFields("_id", "name", "description", "clients", "entry", "tags", "created_at", "updated_at")
                .singleFields(InventorySchemas.singleView(schema))
                .linkedFields("clients")
                .aliases(Map.of("lclients", "clients.name"))
                .upperFirst("contacts")
                .afterSave(new SystemEntryLinks(resources, applications))
                .build();
    }
}
