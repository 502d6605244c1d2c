package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.array;
import static io.maestro.server.domain.resource.schema.Schemas.freeObject;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.RouteGroup;
import io.maestro.server.domain.resource.schema.ObjectSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flavors (§2.6, rules §2.13): discovered (OpenStack) or manual machine sizes. No ACL routes, ACL still applies. */
@Configuration(proxyBeanMethods = false)
public class FlavorsResource {

    @Bean
    ResourceDefinition flavorsDefinition() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required())
                .field("api_name", string().length(3, 30))
                .field("provider", string().length(3, 30))
                .field("datacenters", freeObject())
                .field("tags", array(InventorySchemas.tags()))
                .field("unique_id", InventorySchemas.uniqueId())
                .field("checksum", string());
        return ResourceDefinition.builder("/flavors", "flavors", "flavors")
                .schema(schema)
                .listFields("_id", "name", "api_name", "provider", "datacenters.name", "datacenters.region", "tags",
                        "created_at", "updated_at")
                .singleFields(InventorySchemas.singleView(schema))
                .routes(RouteGroup.READ, RouteGroup.WRITE)
                .discovered()
                .beforeSave(InventorySchemas::tombstoneOnReplace)
                .build();
    }
}
