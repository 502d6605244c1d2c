package io.maestro.server.api.audit;

import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.inventory.InventoryEntity;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.RouteGroup;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The history routes follow each definition: audited or not, read-only or writable, team mirror or not. */
class AuditRouteRegistrarTest {

    private static ResourceDefinition.Builder definition(String route) {
        return ResourceDefinition.of(InventoryEntity.builder(route, route.substring(1), route.substring(1))
                .schema(object().field("name", string()))
                .listFields("_id", "name")
                .singleFields()
                .build());
    }

    private static Set<String> routesOf(ResourceDefinition... definitions) {
        RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
        mapping.setApplicationContext(new StaticApplicationContext());
        mapping.afterPropertiesSet();
        new AuditRouteRegistrar(mapping, List.of(definitions), null, null).afterPropertiesSet();
        Set<String> routes = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().forEach(method ->
                info.getPathPatternsCondition().getPatternValues().forEach(path -> routes.add(method + " " + path))));
        return routes;
    }

    @Test
    void anAuditedDefinitionGetsHistoryVersionDiffAndRevertPersonallyAndUnderTeams() {
        assertThat(routesOf(definition("/things").build())).containsExactly(
                "GET /teams/{teamId}/things/{id}/audit", "GET /teams/{teamId}/things/{id}/diff",
                "GET /teams/{teamId}/things/{id}/history/{rowId}", "GET /things/{id}/audit", "GET /things/{id}/diff",
                "GET /things/{id}/history/{rowId}", "POST /teams/{teamId}/things/{id}/revert/{rowId}",
                "POST /things/{id}/revert/{rowId}");
    }

    @Test
    void readOnlyDefinitionsCannotBeRevertedUnauditedOnesHaveNoHistoryTeamsHaveTheirOwn() {
        assertThat(routesOf(definition("/prices").routes(RouteGroup.READ).withoutTeamMirror().build()))
                .containsExactly("GET /prices/{id}/audit", "GET /prices/{id}/diff", "GET /prices/{id}/history/{rowId}");
        assertThat(routesOf(definition("/notes").notAudited().build())).isEmpty();
        assertThat(routesOf(definition("/teams").acl("members", "members").withoutTeamMirror().build()))
                .contains("GET /teams/{id}/audit", "POST /teams/{id}/revert/{rowId}").hasSize(4);
    }
}
