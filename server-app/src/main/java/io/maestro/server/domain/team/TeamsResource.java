package io.maestro.server.domain.team;

import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.acl.AclFilter;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.server.domain.resource.ResourceDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Teams (§2.5): an ACL'd resource whose ACL is {@code members}, managed under {@code /teams/:id/members}; callers see
 * the teams they are a member of, with any role. Teams have no mirror under themselves.
 */
@Configuration(proxyBeanMethods = false)
public class TeamsResource {

    public static final String COLLECTION = "teams";

    @Bean
    ResourceDefinition teamsDefinition() {
        return ResourceDefinition.of(InventoryEntity.builder("/teams", "teams", COLLECTION)
                        .schema(object()
                                .field("name", string().length(3, 30).required())
                                .field("email", string().email())
                                .field("avatar", string().length(3, 200))
                                .field("url", string().httpUri()))
                        .listFields("_id", "updated_at", "name", "email", "url", "avatar", "members", "owner")
                        .singleFields()
                        .build())
                .acl(AclFilter.MEMBERS, "members")
                .withoutTeamMirror()
                .withAutocomplete()
                .build();
    }
}
