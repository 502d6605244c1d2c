package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
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
        return ResourceDefinition.of(Inventory.DATACENTERS)
                .build();
    }
}
