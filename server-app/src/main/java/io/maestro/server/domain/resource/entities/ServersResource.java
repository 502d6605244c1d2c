package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Servers (§2.6, rules §2.13, list aliases §2.2). Discovered: unique {@code unique_id}; a manual PUT marks the record for re-merge. */
@Configuration(proxyBeanMethods = false)
public class ServersResource {

    @Bean
    ResourceDefinition serversDefinition() {
        return ResourceDefinition.of(Inventory.SERVERS)
                .linkedFields("applications")
                // 0.6 also mapped _id → id and application → application.name; both named no field and are dropped
                .aliases(Map.of(
                        "datacenters", "datacenters.name",
                        "ldatacenters", "datacenters.name",
                        "application", "applications.name",
                        "lapplication", "applications.name",
                        "os", "os.base",
                        "auth", "auth.type",
                        "user", "auth.username"))
                .beforeSave(Tombstones::onReplace)
                .build();
    }
}
