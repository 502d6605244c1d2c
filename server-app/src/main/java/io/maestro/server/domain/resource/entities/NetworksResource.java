package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Networks (§2.6, rules §2.13): VPCs, subnets, security groups, route tables... told apart by {@code family}. Route
 * {@code /network}, entity name {@code networks} (D6). Only {@code name} has rules; the provider fields are free.
 * Discovered.
 */
@Configuration(proxyBeanMethods = false)
public class NetworksResource {

    @Bean
    ResourceDefinition networksDefinition() {
        return ResourceDefinition.of(Inventory.NETWORKS)
                .beforeSave(Tombstones::onReplace)
                .build();
    }
}
