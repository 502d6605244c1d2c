package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.any;
import static io.maestro.server.domain.resource.schema.Schemas.array;
import static io.maestro.server.domain.resource.schema.Schemas.bool;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.schema.ObjectSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Datacenters (§2.6, rules §2.13): a provider account's regions and zones. {@code sucessed} (sic) says whether a
 * connection exists for it; {@code reports} holds the analytics reports made for it.
 */
@Configuration(proxyBeanMethods = false)
public class DatacentersResource {

    @Bean
    ResourceDefinition datacentersDefinition() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required())
                .field("provider", string().required())
                .field("role", any())
                .field("zones", array().unique())
                .field("regions", array().unique())
                .field("sucessed", bool())
                .field("reports", array())
                .field("auth", array())
                .field("metas", any());
        return ResourceDefinition.builder("/datacenters", "datacenters", "datacenters")
                .schema(schema)
                .listFields("_id", "name", "provider", "regions", "zones", "sucessed", "created_at", "updated_at")
                .singleFields(InventorySchemas.singleView(schema))
                .build();
    }
}
