package io.maestro.server.domain.resource.entities;

import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.ResourceDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Images (§2.6, rules §2.13; {@code plataform} sic). Discovered. */
@Configuration(proxyBeanMethods = false)
public class ImagesResource {

    @Bean
    ResourceDefinition imagesDefinition() {
        return ResourceDefinition.of(Inventory.IMAGES)
                .beforeSave(Tombstones::onReplace)
                .build();
    }
}
