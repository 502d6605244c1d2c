package io.maestro.server.domain.resource.entities;

import io.maestro.common.audit.Change;
import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceDefinition;
import java.util.Map;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scheduler jobs (§2.8): route {@code /scheduler}, entity {@code scheduler}, collection {@code schedulers}. The
 * defaults make a created job complete for scheduler-app (interval every 5 minutes, GET webhook, enabled).
 * {@code crawling:true} tells scheduler-app to reload the job: every write sets it unless the body says otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class SchedulersResource {

    @Bean
    ResourceDefinition schedulersDefinition() {
        return ResourceDefinition.of(Inventory.SCHEDULERS)
                .allowingEmptyPatch()
                .aliases(Map.of("modules", "task"))
                .beforeSave(SchedulersResource::markForReload)
                .build();
    }

    /** A PATCH does not apply defaults (compatibility.md H3), but scheduler-app still has to notice the change. */
    static void markForReload(Change change, Document fields, Actor actor) {
        if (change == Change.PATCH) {
            fields.putIfAbsent("crawling", true);
        }
    }
}
