package io.maestro.common.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.inventory.schema.ObjectSchema.Mode;
import io.maestro.common.web.ValidationDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryTest {

    @Test
    void routesNamesAndCollectionsAreEachUsedOnce() {
        assertThat(Inventory.all()).hasSize(16);
        assertThat(Inventory.all().stream().map(InventoryEntity::route)).doesNotHaveDuplicates();
        assertThat(Inventory.all().stream().map(InventoryEntity::entityName)).doesNotHaveDuplicates();
        assertThat(Inventory.all().stream().map(InventoryEntity::collection)).doesNotHaveDuplicates();
    }

    @Test
    void theOddNamesOfMaestro06AreKept() {
        assertThat(Inventory.byCollection("volumes").orElseThrow().auditName()).isEqualTo("volume");
        assertThat(Inventory.byRoute("/system").orElseThrow().collection()).isEqualTo("systems");
        assertThat(Inventory.byRoute("/network").orElseThrow().entityName()).isEqualTo("networks");
        assertThat(Inventory.byRoute("/scheduler").orElseThrow().collection()).isEqualTo("schedulers");
        assertThat(Inventory.byRoute("/users")).isEmpty();
    }

    @Test
    void discoveredEntitiesHaveAnIdentityKeyAndShowWhenDiscoverySawThem() {
        assertThat(Inventory.discovered()).extracting(InventoryEntity::collection)
                .containsExactly("servers", "applications", "volumes", "images", "snapshots", "networks", "flavors");
        for (InventoryEntity entity : Inventory.discovered()) {
            assertThat(entity.identityKey()).isEqualTo("unique_id");
            assertThat(entity.listFields()).containsAll(InventoryEntity.LIFECYCLE_FIELDS);
            assertThat(entity.singleFields()).containsAll(InventoryEntity.LIFECYCLE_FIELDS);
        }
        assertThat(Inventory.CLIENTS.listFields()).doesNotContainAnyElementsOf(InventoryEntity.LIFECYCLE_FIELDS);
    }

    @Test
    void theSingleViewIsTheListFieldsThenTheWritableAndRecordFields() {
        assertThat(Inventory.CLIENTS.singleFields()).startsWith(Inventory.CLIENTS.listFields().toArray(String[]::new))
                .contains("contacts", "roles", "owner", "active");
    }

    @Test
    void aCreateBodyIsDescribedAsJsonSchemaAndAPatchRequiresAndDefaultsNothing() {
        Map<String, Object> create = Inventory.SCHEDULERS.schema().bodySchema(Mode.COMPLETE);
        assertThat(create).containsEntry("type", "object").containsEntry("required", List.of("name", "endpoint"))
                .doesNotContainKey("additionalProperties");
        Map<?, ?> method = (Map<?, ?>) ((Map<?, ?>) create.get("properties")).get("method");
        assertThat(method.get("enum")).isEqualTo(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
        assertThat(method.get("default")).isEqualTo("GET");
        Map<?, ?> cronSecond = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) create.get("properties"))
                .get("cron")).get("properties")).get("second");
        assertThat(cronSecond.get("anyOf")).isEqualTo(List.of(Map.of("type", "number"), Map.of("type", "string", "minLength", 1)));

        Map<String, Object> patch = Inventory.SCHEDULERS.schema().bodySchema(Mode.PARTIAL);
        assertThat(patch).doesNotContainKey("required");
        assertThat(((Map<?, ?>) ((Map<?, ?>) patch.get("properties")).get("method")).containsKey("default")).isFalse();
    }

    @Test
    void strictObjectsRefuseOtherKeysAndArraysAreBounded() {
        Map<?, ?> storage = (Map<?, ?>) ((Map<?, ?>) Inventory.SERVERS.schema().jsonSchema().get("properties")).get("storage");
        assertThat(storage.get("type")).isEqualTo("array");
        assertThat(storage.get("maxItems")).isEqualTo(1000);
        assertThat(storage.get("x-unique-by")).isEqualTo("name");
        assertThat(((Map<?, ?>) storage.get("items")).get("additionalProperties")).isEqualTo(false);
        Map<?, ?> datacenters = (Map<?, ?>) ((Map<?, ?>) Inventory.SERVERS.schema().jsonSchema().get("properties")).get("datacenters");
        assertThat(datacenters.get("type")).isEqualTo("object");
        assertThat(datacenters.containsKey("additionalProperties")).as("other keys of a datacenter are kept").isFalse();
    }

    @Test
    void theFieldsAFormOffersCarryTheirLabelHelpAndWhereTheirChoicesComeFrom() {
        Map<?, ?> properties = (Map<?, ?>) Inventory.SERVERS.schema().bodySchema(Mode.COMPLETE).get("properties");
        Map<?, ?> os = (Map<?, ?>) ((Map<?, ?>) properties.get("os")).get("properties");
        Map<?, ?> base = (Map<?, ?>) os.get("base");
        assertThat(base.get("title")).isEqualTo("OS");
        assertThat(base.get("x-options")).isEqualTo("adminer:server_options.os");
        assertThat(base.get("maxLength")).isEqualTo(40);
        assertThat(((Map<?, ?>) properties.get("checksum")).containsKey("title")).as("written by discovery, not offered").isFalse();
        Map<?, ?> datacenter = (Map<?, ?>) properties.get("datacenters");
        assertThat(datacenter.get("x-options")).isEqualTo("datacenters");
        assertThat(((Map<?, ?>) ((Map<?, ?>) datacenter.get("properties")).get("zone")).get("x-options")).isEqualTo("datacenter.zones");
        Map<?, ?> uniqueId = (Map<?, ?>) ((Map<?, ?>) Inventory.VOLUMES.schema().bodySchema(Mode.COMPLETE).get("properties")).get("unique_id");
        assertThat((String) uniqueId.get("description")).contains("provider");

        List<ValidationDetail> errors = new ArrayList<>();
        assertThat(InventorySchemas.datacenterLink().check("datacenters", Map.of("_id", "d1", "region", "us-east-1", "extra", 1), errors))
                .as("labels change nothing of what is accepted").isEqualTo(Map.of("_id", "d1", "region", "us-east-1", "extra", 1));
        assertThat(errors).isEmpty();
    }
}
