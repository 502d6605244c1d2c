package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.resource.ResourceDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Projects (§2.9): a name with an ACL; also an ACL {@code refs} value. */
@Configuration(proxyBeanMethods = false)
public class ProjectsResource {

    @Bean
    ResourceDefinition projectsDefinition() {
        return ResourceDefinition.builder("/projects", "projects", "projects")
                .schema(object().field("name", string().length(3, 30).required()))
                .listFields("_id", "name", "owner", "roles", "created_at", "updated_at")
                .singleFields("active")
                .withAutocomplete()
                .build();
    }
}
