package io.maestro.common.inventory.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.inventory.Inventory;
import io.maestro.common.web.ValidationDetail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What discovery may write: the API rules of each declared field, relaxed only where the entity says so. */
class DiscoveredRecordSchemaTest {

    private static Map<String, Object> volume() {
        Map<String, Object> volume = new LinkedHashMap<>();
        volume.put("unique_id", "vol-0a1b2c3d4e5f60001");
        volume.put("name", "data-1");
        volume.put("checksum", "9f2c");
        volume.put("size", 100);
        volume.put("encrypted", true);
        volume.put("kms_key_id", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        volume.put("attachments", List.of(Map.of("InstanceId", "i-1")));
        volume.put("datacenters", Map.of("region", "us-east-1", "zone", "us-east-1a"));
        return volume;
    }

    private static List<String> failures(Map<String, Object> record, String key) {
        return Inventory.VOLUMES.discoveredRecordSchema().check(record, key).stream()
                .map(ValidationDetail::message).toList();
    }

    @Test
    void aProviderShapedFieldTheApiRefusesIsAValidDiscoveredValue() {
        assertThatThrownBy(() -> Inventory.VOLUMES.schema().validateBody(volume(), ObjectSchema.Mode.COMPLETE))
                .hasMessageContaining("\"encrypted\" must be a string").hasMessageContaining("kms_key_id");
        assertThat(failures(volume(), "unique_id")).isEmpty();
    }

    @Test
    void theApiRulesHoldForEveryOtherDeclaredField() {
        Map<String, Object> volume = volume();
        volume.put("size", "big");
        volume.put("volume_type", "x".repeat(51));

        assertThat(failures(volume, "unique_id")).containsExactly(
                "\"size\" must be a number", "\"volume_type\" length must be less than or equal to 50 characters long");
    }

    @Test
    void theKeyNameAndChecksumAreRequiredNonEmptyTexts() {
        Map<String, Object> volume = volume();
        volume.remove("name");
        volume.put("unique_id", "");
        volume.put("checksum", 42);

        assertThat(failures(volume, "unique_id")).containsExactly("\"unique_id\" must be a non-empty string",
                "\"name\" is required", "\"checksum\" must be a non-empty string");
    }

    @Test
    void undeclaredProviderFieldsAreKeptUnlessTheStoreCouldNotKeepThem() {
        Map<String, Object> volume = volume();
        volume.put("metas", Map.of("$where", "1"));

        assertThat(failures(volume, "unique_id")).containsExactly(
                "\"metas.$where\" is not allowed: a key may neither start with $ nor hold a NUL character");
    }

    @Test
    void onlyDeclaredFieldsCanBeProviderShaped() {
        assertThatThrownBy(() -> new DiscoveredRecordSchema(Schemas.object().field("name", Schemas.string()),
                Set.of("size"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
    }
}
