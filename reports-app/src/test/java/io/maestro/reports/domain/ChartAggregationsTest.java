package io.maestro.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartAggregationsTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> aggr(Map<String, Object> aggregations, String chart) {
        return (Map<String, Object>) ((Map<String, Object>) aggregations.get(chart)).get("aggr");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> opts(Map<String, Object> aggregations, String chart) {
        return (Map<String, Object>) ((Map<String, Object>) aggregations.get(chart)).get("opts");
    }

    @Test
    void countsValuesListsAndObjectNamesByDescendingCount() {
        ChartAggregations charts = new ChartAggregations();
        charts.add(Map.of("provider", "AWS", "tags", List.of(Map.of("name", "web"), Map.of("name", "prod")),
                "os", Map.of("base", "Linux")));
        charts.add(Map.of("provider", "Azure", "tags", List.of(Map.of("name", "prod")), "os", Map.of("base", "Linux")));
        charts.add(Map.of("provider", "AWS", "os", Map.of("base", "Windows")));

        Map<String, Object> result = charts.result();

        assertThat(aggr(result, "total")).isEqualTo(Map.of("label", List.of("Total"), "data", List.of(3L)));
        assertThat(aggr(result, "providers")).isEqualTo(Map.of("label", List.of("AWS", "Azure"), "data",
                List.of(2L, 1L)));
        assertThat(aggr(result, "tags")).isEqualTo(Map.of("label", List.of("prod", "web"), "data", List.of(2L, 1L)));
        assertThat(aggr(result, "os")).isEqualTo(Map.of("label", List.of("Linux", "Windows"), "data",
                List.of(2L, 1L)));
        assertThat(opts(result, "providers")).containsEntry("ct", "doughnut").containsEntry("txt", "Providers");
        assertThat(result).doesNotContainKey("regions");
    }

    @Test
    @SuppressWarnings("unchecked")
    void hostnamesAreTheTopTwelve() {
        ChartAggregations charts = new ChartAggregations();
        for (int i = 0; i < 20; i++) {
            for (int times = 0; times <= i; times++) {
                charts.add(Map.of("hostname", "host-" + i));
            }
        }

        List<Object> labels = (List<Object>) aggr(charts.result(), "hostnames").get("label");

        assertThat(labels).hasSize(12).startsWith("host-19", "host-18").endsWith("host-8");
    }
}
