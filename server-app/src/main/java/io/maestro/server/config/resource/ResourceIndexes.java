package io.maestro.server.config.resource;

import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceStore;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the indexes of every registered resource at start-up (idempotent: existing indexes are kept). */
@Component
class ResourceIndexes implements ApplicationRunner {

    private final List<ResourceDefinition> definitions;
    private final ResourceStore store;

    ResourceIndexes(List<ResourceDefinition> definitions, ResourceStore store) {
        this.definitions = definitions;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        definitions.forEach(definition ->
                store.ensureIndexes(definition.collection(), definition.aclField(), definition.discovered()));
    }
}
