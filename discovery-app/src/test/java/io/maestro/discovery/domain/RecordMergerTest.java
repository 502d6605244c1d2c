package io.maestro.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMergerTest {

    @Test
    void nestedObjectsMergeFieldByFieldAndEmptyNewValuesEraseNothing() {
        Map<String, Object> stored = Map.of("name", "web-1", "os", Map.of("base", "Linux", "dist", "Ubuntu"),
                "role", "Application", "cpu", 2, "tags", List.of(Map.of("key", "team", "value", "a")));
        Map<String, Object> incoming = Map.of("os", Map.of("dist", "Debian", "version", ""), "role", "",
                "cpu", 0, "tags", List.of(), "ebs_optimized", false);

        Map<String, Object> merged = RecordMerger.merge(stored, incoming);

        assertThat(merged).containsEntry("os", Map.of("base", "Linux", "dist", "Debian"))
                .containsEntry("role", "Application")
                .containsEntry("cpu", 0)
                .containsEntry("ebs_optimized", false)
                .containsEntry("tags", List.of(Map.of("key", "team", "value", "a")));
    }

    @Test
    void listsOfIdentifiedEntriesMergeByUniqueIdAndOtherListsAreReplaced() {
        Map<String, Object> stored = Map.of(
                "storage", List.of(Map.of("unique_id", "vol-1", "status", "attached", "size", 10),
                        Map.of("unique_id", "vol-2", "status", "attached")),
                "tags", List.of(Map.of("key", "env", "value", "dev")));
        Map<String, Object> incoming = Map.of(
                "storage", List.of(Map.of("unique_id", "vol-1", "status", "detaching"), Map.of("unique_id", "vol-3")),
                "tags", List.of(Map.of("key", "env", "value", "prod")));

        Map<String, Object> merged = RecordMerger.merge(stored, incoming);

        assertThat(merged.get("storage")).isEqualTo(List.of(
                Map.of("unique_id", "vol-1", "status", "detaching", "size", 10),
                Map.of("unique_id", "vol-2", "status", "attached"),
                Map.of("unique_id", "vol-3")));
        assertThat(merged.get("tags")).isEqualTo(List.of(Map.of("key", "env", "value", "prod")));
    }

    @Test
    void theStoredIdRolesAndOwnerAreNeverReplaced() {
        Map<String, Object> stored = Map.of("_id", "a1", "roles", List.of(Map.of("_id", "team", "role", 3)),
                "owner", Map.of("_id", "team"));
        Map<String, Object> incoming = Map.of("_id", "b2", "roles", List.of(Map.of("_id", "user", "role", 7)),
                "owner", Map.of("_id", "user"), "name", "web-1");

        Map<String, Object> merged = RecordMerger.merge(stored, incoming);

        assertThat(merged).containsEntry("_id", "a1").containsEntry("owner", Map.of("_id", "team"))
                .containsEntry("roles", List.of(Map.of("_id", "team", "role", 3))).containsEntry("name", "web-1");
    }
}
