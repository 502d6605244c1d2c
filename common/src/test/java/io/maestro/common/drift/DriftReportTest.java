package io.maestro.common.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How drift compares: tags without empty values and AWS's own, numbers as numbers, only attributes both sides have. */
class DriftReportTest {

    private static final String STATE = "64f000000000000000000001";
    private static final String CLOUD = "64f000000000000000000002";

    private static Map<String, Object> record(String uniqueId, Map<String, Object> running, Map<String, Object> declared) {
        Map<String, Object> record = new LinkedHashMap<>(running);
        record.put("_id", "id-" + uniqueId);
        record.put("unique_id", uniqueId);
        record.put("active", true);
        record.put("accountant", List.of(CLOUD));
        record.put("seen_by", Map.of(STATE, "2026-12-06T09:00:00Z", CLOUD, "2026-12-06T09:30:00.250Z"));
        record.put("declared_in", List.of(Map.of("connection", STATE, "address", "x." + uniqueId, "declared", declared)));
        return record;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> changed(Map<String, List<Map<String, Object>>> records) {
        return (List<Map<String, Object>>) DriftReport.of(Map.of(STATE, "state"), Map.of(CLOUD, "cloud"), records)
                .get("changed");
    }

    @Test
    void tagsAreComparedWithoutEmptyValuesAndAwsOwnTagsAndNumbersAsNumbers() {
        Map<String, Object> sameTags = record("vol-1", Map.of("size", 100.0, "tags", List.of(
                Map.of("key", "Name", "value", "data"), Map.of("key", "aws:backup", "value", "daily"))),
                Map.of("size", 100, "tags", List.of(Map.of("key", "Name", "value", "data"),
                        Map.of("key", "cost-center", "value", ""))));
        Map<String, Object> otherTags = record("vol-2", Map.of("size", 50, "tags", List.of(
                Map.of("key", "Name", "value", "logs"))), Map.of("size", 80, "tags", List.of(
                Map.of("key", "Name", "value", "logs"), Map.of("key", "env", "value", "prod"))));

        List<Map<String, Object>> changed = changed(Map.of("volumes", List.of(sameTags, otherTags)));

        assertThat(changed).singleElement().satisfies(entry -> {
            assertThat(entry.get("unique_id")).isEqualTo("vol-2");
            assertThat(entry.get("differences")).isEqualTo(List.of(
                    Map.of("attribute", "size", "declared", 80, "running", 50),
                    Map.of("attribute", "tags", "declared", Map.of("Name", "logs", "env", "prod"),
                            "running", Map.of("Name", "logs"))));
            assertThat(entry.get("running_seen_at")).isEqualTo("2026-12-06T09:30:00.250Z");
        });
    }

    @Test
    void anAttributeOnlyOneSideHasIsNotADifference() {
        Map<String, Object> server = record("i-1", Map.of("datacenters", Map.of("instance", "t3.micro"),
                "last_seen_at", new Date()), Map.of("size", "t3.micro", "image", "ami-1", "ipv4_private", "10.0.0.1"));

        assertThat(changed(Map.of("servers", List.of(server)))).isEmpty();
    }
}
