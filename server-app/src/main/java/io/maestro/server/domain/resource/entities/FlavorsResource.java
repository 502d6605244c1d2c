package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.RouteGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flavors (§2.6, rules §2.13): discovered (OpenStack) or manual machine sizes. No ACL routes, ACL still applies. */
@Configuration(proxyBeanMethods = false)
public class FlavorsResource {

    @Bean
    ResourceDefinition flavorsDefinition() {
        return ResourceDefinition.of(Inventory.FLAVORS)
                .routes(RouteGroup.READ, RouteGroup.WRITE)
                .beforeSave(Tombstones::onReplace)
                .build();
    }
}
