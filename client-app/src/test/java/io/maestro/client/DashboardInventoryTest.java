package io.maestro.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.common.inventory.schema.ObjectSchema.Mode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard knows every entity of the inventory registry: it scopes each to the team, and each has a form
 * generated from the registry and a list page, or a page of its own named here. An entity added to the registry and not to the dashboard (or
 * the other way round) fails this test.
 */
class DashboardInventoryTest {

    private static final Path SOURCES = Path.of("frontend", "src");

    /** Not edited with the generic record form, and where they are edited instead. */
    private static final Map<String, String> WITHOUT_GENERIC_FORM = Map.of(
            "/connections", "the connection wizard (connections/wizard.ts)",
            "/events", "not edited: services write them; EventsView lists them",
            "/reports", "the report builder (components/reports)",
            "/scheduler", "SchedulerView's job editor",
            "/graphs", "GraphsView's New map (views/analytics)",
            "/projects", "not in the dashboard, as in 0.6's");

    /** Without a generic list page, and where they are listed instead. */
    private static final Map<String, String> WITHOUT_LIST = Map.of(
            "/events", "EventsView and the home page's latest events",
            "/graphs", "GraphsView, with its map viewer (views/analytics)",
            "/reports", "ReportsView and a report's own page (views/reports)",
            "/projects", "not in the dashboard, as in 0.6's");

    @Test
    void everyInventoryEntityIsScopedToTheTeam() throws IOException {
        String client = read("api/client.ts");
        Matcher set = Pattern.compile("TEAM_SCOPED_RESOURCES = new Set\\(\\[(.*?)]\\)", Pattern.DOTALL).matcher(client);
        assertThat(set.find()).as("TEAM_SCOPED_RESOURCES in api/client.ts").isTrue();
        assertThat(quoted(set.group(1))).containsExactlyInAnyOrderElementsOf(
                Inventory.all().stream().map(entity -> entity.route().substring(1)).toList());
    }

    /**
     * The dashboard generates an entity's form from the titled fields of its schema (entities/forms.ts,
     * {@code formFromSchema}): every entity has titled fields, or an editor of its own and then none.
     */
    @Test
    void everyInventoryEntityHasAGeneratedFormOrAnEditorOfItsOwn() {
        Set<String> withForm = new TreeSet<>(Inventory.all().stream()
                .filter(entity -> hasTitledField(entity.schema().bodySchema(Mode.COMPLETE)))
                .map(InventoryEntity::route).toList());
        Set<String> expected = routes();
        expected.removeAll(WITHOUT_GENERIC_FORM.keySet());
        assertThat(withForm).isEqualTo(expected);
    }

    /** The forms suggest the `/adminer` lists the registry names; the options store must load each of them. */
    @Test
    void theOptionListsTheFormsSuggestAreLoaded() throws IOException {
        Matcher keys = Pattern.compile("ADMINER_KEYS = \\[(.*?)]", Pattern.DOTALL).matcher(read("stores/options.ts"));
        assertThat(keys.find()).as("ADMINER_KEYS in stores/options.ts").isTrue();
        Set<String> named = new TreeSet<>();
        Inventory.all().forEach(entity -> collectAdminerKeys(entity.schema().bodySchema(Mode.COMPLETE), named));
        assertThat(quoted(keys.group(1))).containsAll(named);
    }

    /**
     * The vitest specs build forms from a copy of {@code GET /inventory} (entities/inventory.fixture.json); it must be
     * what the registry serves. When it is not, the registry's answer is written to target/ to be copied over.
     */
    @Test
    void theDashboardsCopyOfTheRegistryIsCurrent() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        // read back from text, as the copy is: numbers compare by their JSON form, not by the Java type that made them
        JsonNode served = json.readTree(json.writeValueAsString(
                Map.of("items", Inventory.all().stream().map(InventoryEntity::describe).toList())));
        Path copy = SOURCES.resolve("entities/inventory.fixture.json");
        JsonNode copied = json.readTree(Files.readString(copy));
        if (!served.equals(copied)) {
            Path current = Path.of("target", "inventory.fixture.json");
            Files.createDirectories(current.getParent());
            Files.writeString(current, json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
            assertThat(copied).as("%s differs from the registry; copy %s over it", copy, current).isEqualTo(served);
        }
    }

    private static boolean hasTitledField(Map<?, ?> schema) {
        return schema.containsKey("title") || children(schema).stream().anyMatch(DashboardInventoryTest::hasTitledField);
    }

    private static void collectAdminerKeys(Map<?, ?> schema, Set<String> keys) {
        if (schema.get("x-options") instanceof String source && source.startsWith("adminer:")) {
            keys.add(source.substring("adminer:".length()).split("\\.")[0]);
        }
        children(schema).forEach(child -> collectAdminerKeys(child, keys));
    }

    /** A schema's properties and the schema of its items. */
    private static List<Map<?, ?>> children(Map<?, ?> schema) {
        List<Map<?, ?>> children = new ArrayList<>();
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            properties.values().forEach(property -> children.add((Map<?, ?>) property));
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            children.add(items);
        }
        return children;
    }

    @Test
    void everyInventoryEntityHasAListPageOrAPageOfItsOwn() throws IOException {
        Matcher resources = Pattern.compile("resource: '(/[^']+)'").matcher(read("entities/lists.ts"));
        Set<String> listed = new TreeSet<>();
        while (resources.find()) {
            listed.add(resources.group(1));
        }
        Set<String> expected = routes();
        expected.removeAll(WITHOUT_LIST.keySet());
        assertThat(listed).containsAll(expected);
        assertThat(listed).doesNotContainAnyElementsOf(WITHOUT_LIST.keySet());
    }

    private static Set<String> routes() {
        return new TreeSet<>(Inventory.all().stream().map(InventoryEntity::route).toList());
    }

    private static Set<String> quoted(String source) {
        Matcher quoted = Pattern.compile("'([^']+)'").matcher(source);
        Set<String> values = new TreeSet<>();
        while (quoted.find()) {
            values.add(quoted.group(1));
        }
        return values;
    }

    private static String read(String path) throws IOException {
        return Files.readString(SOURCES.resolve(path));
    }
}
