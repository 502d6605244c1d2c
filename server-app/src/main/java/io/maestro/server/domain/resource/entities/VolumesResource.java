package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Volumes (§2.6, rules §2.13): entity name {@code volume} (D6). Discovered; {@code unique_id} is required. */
@Configuration(proxyBeanMethods = false)
public class VolumesResource {

    @Bean
    ResourceDefinition volumesDefinition() {
        return ResourceDefinition.of(Inventory.VOLUMES)
                .beforeSave(Tombstones::onReplace)
                .build();
    }
}
