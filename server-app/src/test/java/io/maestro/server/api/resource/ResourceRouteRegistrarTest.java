package io.maestro.server.api.resource;

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

/** Which routes a definition gets: its route groups, the team mirror, the ACL segment and autocomplete. */
class ResourceRouteRegistrarTest {

    static ResourceDefinition.Builder definition(String route) {
        return ResourceDefinition.of(InventoryEntity.builder(route, route.substring(1), route.substring(1))
                .schema(object().field("name", string()))
                .listFields("_id", "name")
                .singleFields()
                .build());
    }

    static Set<String> routesOf(ResourceDefinition... definitions) {
        RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();
        mapping.setApplicationContext(new StaticApplicationContext());
        mapping.afterPropertiesSet();
        new ResourceRouteRegistrar(mapping, List.of(definitions), null, null).afterPropertiesSet();
        Set<String> routes = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().forEach(method ->
                info.getPathPatternsCondition().getPatternValues().forEach(path -> routes.add(method + " " + path))));
        return routes;
    }

    @Test
    void aFullDefinitionGetsEveryRoutePersonallyAndUnderTeams() {
        Set<String> routes = routesOf(definition("/things").build());

        assertThat(routes).hasSize(22).contains(
                "GET /things", "GET /things/count", "GET /things/{id}", "POST /things", "PATCH /things/{id}",
                "PUT /things/{id}", "DELETE /things/{id}", "POST /things/{id}/roles", "PUT /things/{id}/roles",
                "PUT /things/{id}/roles/{idu}", "DELETE /things/{id}/roles/{idu}",
                "GET /teams/{teamId}/things", "DELETE /teams/{teamId}/things/{id}/roles/{idu}");
        assertThat(routes).noneMatch(route -> route.contains("autocomplete"));
    }

    @Test
    void routeGroupsMirrorAutocompleteAndAclSegmentFollowTheDefinition() {
        assertThat(routesOf(definition("/prices").routes(RouteGroup.READ).withoutTeamMirror().build()))
                .containsExactlyInAnyOrder("GET /prices", "GET /prices/count", "GET /prices/{id}");
        assertThat(routesOf(definition("/flavors").routes(RouteGroup.READ, RouteGroup.WRITE).build()))
                .hasSize(14).noneMatch(route -> route.contains("roles"));
        assertThat(routesOf(definition("/crews").acl("members", "members").withAutocomplete().withoutTeamMirror().build()))
                .contains("GET /crews/autocomplete", "POST /crews/{id}/members", "DELETE /crews/{id}/members/{idu}")
                .noneMatch(route -> route.startsWith("GET /teams/"));
    }
}
