package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.any;
import static io.maestro.server.domain.resource.schema.Schemas.freeObject;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.schema.ObjectSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Images (§2.6, rules §2.13; {@code plataform} sic). Discovered. */
@Configuration(proxyBeanMethods = false)
public class ImagesResource {

    @Bean
    ResourceDefinition imagesDefinition() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 120).required())
                .field("image_type", string().max(80))
                .field("image_location", string().max(200))
                .field("plataform", string().max(30))
                .field("state", string().max(20))
                .field("distribution", any())
                .field("slug", any())
                .field("root_device_type", any())
                .field("status", any())
                .field("hypervisor", any())
                .field("public", any())
                .field("storage", any())
                .field("datacenters", freeObject())
                .field("checksum", string());
        return ResourceDefinition.builder("/images", "images", "images")
                .schema(schema)
                .listFields("_id", "name", "image_type", "plataform", "state", "status", "datacenters.name",
                        "datacenters.region", "created_at", "updated_at")
                .singleFields(InventorySchemas.singleView(schema, "unique_id"))
                .discovered()
                .beforeSave(InventorySchemas::tombstoneOnReplace)
                .build();
    }
}
