package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applications (§2.6, rules §2.13): also every other "resource family" (databases, load balancers, brokers, CDN...),
 * told apart by {@code family}; the UI lists them with {@code GET /applications?family=Database}. Discovered.
 */
@Configuration(proxyBeanMethods = false)
public class ApplicationsResource {

    @Bean
    ResourceDefinition applicationsDefinition() {
        return ResourceDefinition.of(Inventory.APPLICATIONS)
                .linkedFields("system")
                .aliases(Map.of(
                        "datacenters", "datacenters.name",
                        "ldatacenters", "datacenters.name",
                        "lsystem", "system.name",
                        "role", "role.role"))
                .upperFirst("language", "provider", "environment")
                .beforeSave(Tombstones::onReplace)
                .build();
    }
}
