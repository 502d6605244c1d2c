package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Snapshots (§2.6, rules §2.13). Discovered. */
@Configuration(proxyBeanMethods = false)
public class SnapshotsResource {

    @Bean
    ResourceDefinition snapshotsDefinition() {
        return ResourceDefinition.of(Inventory.SNAPSHOTS)
                .beforeSave(Tombstones::onReplace)
                .build();
    }
}
