package io.maestro.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard knows every entity of the inventory registry: it scopes each to the team, and each has a generic
 * form and list page or a page of its own named here. An entity added to the registry and not to the dashboard (or
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
            "/projects", "not in the dashboard, as in 0.6's");

    @Test
    void everyInventoryEntityIsScopedToTheTeam() throws IOException {
        String client = read("api/client.ts");
        Matcher set = Pattern.compile("TEAM_SCOPED_RESOURCES = new Set\\(\\[(.*?)]\\)", Pattern.DOTALL).matcher(client);
        assertThat(set.find()).as("TEAM_SCOPED_RESOURCES in api/client.ts").isTrue();
        assertThat(quoted(set.group(1))).containsExactlyInAnyOrderElementsOf(
                Inventory.all().stream().map(entity -> entity.route().substring(1)).toList());
    }

    @Test
    void everyInventoryEntityHasAFormOrAnEditorOfItsOwn() throws IOException {
        String forms = read("entities/forms.ts");
        Matcher table = Pattern.compile("const FORMS: Record<string, FormDefinition> = \\{(.*?)}", Pattern.DOTALL).matcher(forms);
        assertThat(table.find()).as("FORMS in entities/forms.ts").isTrue();
        Set<String> withForm = quoted(table.group(1));
        withForm.remove("/teams");
        Set<String> expected = routes();
        expected.removeAll(WITHOUT_GENERIC_FORM.keySet());
        assertThat(withForm).isEqualTo(expected);
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
