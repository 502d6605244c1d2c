package io.maestro.discovery.provider.fileimport;

import io.maestro.discovery.provider.support.files.FileSources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.TranslationContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Translation of the Maestro JSON template: identities, the datacenter, garbage left out. */
class FileImportCommandTest {

    private static final TranslationContext CONTEXT = new TranslationContext(
            FileImportFixtures.connection("upload_file", Map.of()), "all", Instant.now(), InventoryLookups.NONE);

    private static FileImportCommand command(ImportSection section) {
        return new FileImportCommand(section, new FileSources(List.of()));
    }

    @Test
    void serversGetTheirFileIdentityOrOneDerivedFromTheirNameAndTheConnectionsDatacenter() {
        List<Map<String, Object>> items = command(ImportSection.SERVERS).items("a.json",
                FileImportFixtures.SERVERS_FILE.getBytes(StandardCharsets.UTF_8));

        List<Map<String, Object>> records = command(ImportSection.SERVERS).translate(items, CONTEXT);

        assertThat(records).extracting(record -> record.get("unique_id"))
                .containsExactly("file:" + FileImportFixtures.CONNECTION_ID + ":web-1", "srv-db-1");
        assertThat(records.get(1)).containsEntry("name", "db-1.local").containsEntry("active", true);
        assertThat(records.get(0).get("datacenters")).isEqualTo(Map.of("zone", "rack-1",
                "_id", FileImportFixtures.DATACENTER_ID, "name", "Imports DC", "provider", "File"));
        assertThat(records.get(0).get("checksum")).isNotEqualTo(records.get(1).get("checksum"));
        assertThat(command(ImportSection.SERVERS).translate(items, CONTEXT).get(0).get("checksum"))
                .isEqualTo(records.get(0).get("checksum"));
    }

    @Test
    void entriesThatCannotBeIdentifiedOrAreNotObjectsAreLeftOut() {
        List<Map<String, Object>> items = command(ImportSection.APPLICATIONS).items("a.json", """
                {"applications": [42, "text", {"name": {"nested": true}}, {"family": "Database"},
                                  {"name": "shop", "family": "Application", "active": false}]}
                """.getBytes(StandardCharsets.UTF_8));

        List<Map<String, Object>> records = command(ImportSection.APPLICATIONS).translate(items, CONTEXT);

        assertThat(records).singleElement().satisfies(record -> assertThat(record)
                .containsEntry("name", "shop").containsEntry("active", false).containsEntry("family", "Application"));
    }

    @Test
    void flavorsAreKnownByName() {
        List<Map<String, Object>> records = command(ImportSection.FLAVORS).translate(
                List.of(Map.of("name", "m1.small", "vcpus", 1), Map.of("vcpus", 2)), CONTEXT);

        assertThat(command(ImportSection.FLAVORS).target().key()).isEqualTo("name");
        assertThat(records).singleElement().satisfies(record -> assertThat(record)
                .containsEntry("name", "m1.small").doesNotContainKey("unique_id"));
    }

    @Test
    void aFileThatIsNotATemplateIsRefusedByName() {
        assertThatThrownBy(() -> command(ImportSection.SERVERS).items("x.json", "[1]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProviderException.class).hasMessageStartingWith("x.json: not a Maestro JSON template");
        assertThatThrownBy(() -> command(ImportSection.SERVERS).items("y.json",
                "{\"servers\": {}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProviderException.class).hasMessage("y.json: \"servers\" is not a list");
    }
}
