package io.maestro.server.api.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import io.maestro.server.domain.resource.ResourceDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The inventory registry and the places that must follow it: server-app's routes, the generic contract suite's
 * fixtures, {@code GET /inventory} and the OpenAPI document. Adding an entity to the registry and not to one of them
 * (or the other way round) fails here.
 */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class InventoryRegistryTest {

    /** Resources server-app serves that are not inventory: teams are the tenants, not records of the inventory. */
    private static final Set<String> NOT_INVENTORY = Set.of("/teams");

    /** Inventory routes the generic suite leaves to a suite of their own, and why. */
    private static final Map<String, String> OWN_SUITE = Map.of(
            "/connections", "ConnectionsApiTest: a create fetches discovery's rules and creates sync jobs");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    List<ResourceDefinition> definitions;

    ApiClient api;
    User user;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port, mongo);
        user = api.newUser("registry");
    }

    @Test
    void serverAppServesEveryRegistryEntityWithTheRegistrysNamesSchemaAndFields() {
        Map<String, ResourceDefinition> byRoute = definitions.stream()
                .collect(Collectors.toMap(ResourceDefinition::route, Function.identity()));
        Set<String> inventoryRoutes = new TreeSet<>(byRoute.keySet());
        inventoryRoutes.removeAll(NOT_INVENTORY);
        assertThat(inventoryRoutes).containsExactlyInAnyOrderElementsOf(routes(Inventory.all()));
        for (InventoryEntity entity : Inventory.all()) {
            ResourceDefinition definition = byRoute.get(entity.route());
            assertThat(definition.entityName()).as(entity.route()).isEqualTo(entity.entityName());
            assertThat(definition.collection()).as(entity.route()).isEqualTo(entity.collection());
            assertThat(definition.schema()).as(entity.route()).isSameAs(entity.schema());
            assertThat(definition.listFields()).as(entity.route()).isEqualTo(entity.listFields());
            assertThat(definition.singleFields()).as(entity.route()).isEqualTo(entity.singleFields());
            assertThat(definition.discovered()).as(entity.route()).isEqualTo(entity.discovered());
        }
    }

    @Test
    void theGenericContractSuiteHasAFixtureForEveryInventoryEntity() {
        Map<String, ResourceFixture> fixtures = ResourceFixtures.all().stream()
                .collect(Collectors.toMap(ResourceFixture::route, Function.identity()));
        List<String> missing = new ArrayList<>();
        for (InventoryEntity entity : Inventory.all()) {
            ResourceFixture fixture = fixtures.get(entity.route());
            if (fixture == null) {
                if (!OWN_SUITE.containsKey(entity.route())) {
                    missing.add(entity.route());
                }
                continue;
            }
            assertThat(fixture.entityName()).as(entity.route()).isEqualTo(entity.entityName());
        }
        assertThat(missing).as("inventory routes without a fixture in ResourceFixtures.all()").isEmpty();
        Set<String> fixtureRoutes = new TreeSet<>(fixtures.keySet());
        fixtureRoutes.removeAll(NOT_INVENTORY);
        assertThat(fixtureRoutes).isSubsetOf(routes(Inventory.all()));
    }

    @Test
    void signedInUsersReadTheRegistryWithEachEntitysJsonSchema() {
        Reply all = api.get(user, "/inventory");
        assertThat(all.status()).as(all.raw()).isEqualTo(200);
        List<String> served = new ArrayList<>();
        all.at("/items").forEach(item -> served.add(item.path("route").asString()));
        assertThat(served).containsExactlyElementsOf(routes(Inventory.all()));

        Reply volumes = api.get(user, "/inventory/volumes");
        assertThat(volumes.at("/entity").asString()).isEqualTo("volume");
        assertThat(volumes.at("/audit_name").asString()).isEqualTo("volume");
        assertThat(volumes.at("/collection").asString()).isEqualTo("volumes");
        assertThat(volumes.at("/identity_key").asString()).isEqualTo("unique_id");
        assertThat(volumes.at("/discovered").asBoolean()).isTrue();
        assertThat(volumes.at("/schema/type").asString()).isEqualTo("object");
        assertThat(volumes.at("/schema/required").toString()).isEqualTo("[\"name\",\"size\",\"unique_id\"]");
        assertThat(volumes.at("/schema/properties/name/minLength").asInt()).isEqualTo(3);
        assertThat(volumes.at("/schema/properties/name/maxLength").asInt()).isEqualTo(80);

        Reply servers = api.get(user, "/inventory/servers");
        assertThat(servers.at("/schema/properties/cpu/exclusiveMinimum").asInt()).isZero();
        assertThat(servers.at("/schema/properties/status/default").asString()).isEqualTo("Active");
        assertThat(servers.at("/schema/properties/storage/items/additionalProperties").asBoolean(true)).isFalse();

        assertThat(api.get(user, "/inventory/users").status()).isEqualTo(404);
        assertThat(api.get(null, "/inventory").status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentListsEveryResourceRouteWithItsSchemas() {
        Reply docs = api.get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.at("/paths");
        List<String> missing = new ArrayList<>();
        for (ResourceDefinition definition : definitions) {
            for (ResourceRoute route : ResourceRoute.of(definition)) {
                String method = route.endpoint().method().name().toLowerCase();
                if (paths.path(route.path()).path(method).isMissingNode()) {
                    missing.add(method + " " + route.path());
                }
            }
        }
        assertThat(missing).isEmpty();

        JsonNode create = paths.path("/servers").path("post");
        assertThat(create.at("/requestBody/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/ServersCreate");
        assertThat(create.at("/responses/201/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/Servers");
        assertThat(docs.at("/components/schemas/ServersCreate/required").toString()).isEqualTo("[\"name\"]");
        assertThat(docs.at("/components/schemas/ServersCreate/properties/hostname/maxLength").asInt()).isEqualTo(100);
        assertThat(docs.at("/components/schemas/ServersPatch/required").isMissingNode()).isTrue();
        assertThat(paths.path("/teams/{teamId}/network/{id}").path("patch").at("/requestBody/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/NetworksPatch");
        assertThat(paths.path("/volumes/count").path("get").at("/responses/200/content/application~1json/schema/properties/count/type")
                .asString()).isEqualTo("integer");
    }

    private static List<String> routes(List<InventoryEntity> entities) {
        return entities.stream().map(InventoryEntity::route).toList();
    }
}
