package io.maestro.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphMetricsTest {

    @Test
    void aDiamondsMetricsAreWrittenAs06DidOnTheGraphRecord() {
        DependencyGraph diamond = DependencyGraph.of(List.of(
                Maps.app("a", "ApiGateway", true, List.of()),
                Maps.app("b", "Application", false, List.of(Maps.server("1", 2, 4), Maps.server("2", 2, 4))),
                Maps.app("c", "Application", false, List.of(Maps.server("2", 2, 4))),
                Maps.app("d", "Database", false, List.of(Maps.server("3", 4, 16)))),
                List.of(new DependencyEdge("a", "b", null), new DependencyEdge("a", "c", null),
                        new DependencyEdge("b", "d", null), new DependencyEdge("c", "d", null)));
        List<Map<String, Object>> clients = List.of(Map.of("_id", "c1", "name", "Acme"),
                Map.of("_id", "c1", "name", "Acme"), Map.of("_id", "c2", "name", "Globex"));

        GraphMetrics metrics = GraphMetrics.of(diamond, GridLayout.place(diamond), clients);

        // 4 edges of 4 × 3 possible
        assertThat(metrics.density()).isEqualTo(0.33);
        assertThat(metrics.connections()).isEqualTo(4);
        assertThat(metrics.histogram()).containsExactlyInAnyOrderEntriesOf(Map.of(0, 1, 1, 2, 2, 1));
        assertThat(metrics.families()).containsExactlyInAnyOrderEntriesOf(Map.of("ApiGateway", 1, "Application", 2,
                "Database", 1));
        assertThat(metrics.servers()).as("server 2 serves two applications, counted once").isEqualTo(3);
        assertThat(metrics.systems()).extracting(system -> system.get("_id")).containsExactly("s-a", "s-b", "s-c",
                "s-d");
        assertThat(metrics.clients()).extracting(client -> client.get("name")).containsExactly("Acme", "Globex");

        Map<String, Object> fields = metrics.recordFields();
        assertThat(fields).containsOnlyKeys("info", "ifamilies", "isystems", "iservers", "iclients");
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) fields.get("info");
        assertThat(info).containsEntry("density", 0.33).containsEntry("conections", 4)
                .containsEntry("histograms", Map.of("0", 1, "1", 2, "2", 1));
        assertThat(fields.get("ifamilies")).isEqualTo(Map.of("items", metrics.families(), "total", 4));
        assertThat(fields.get("iservers")).isEqualTo(Map.of("total", 3));
    }

    @Test
    void aSingleApplicationHasNoDensity() {
        DependencyGraph one = Maps.of(List.of("a"));

        assertThat(GraphMetrics.of(one, GridLayout.place(one), List.of()).density()).isZero();
    }
}
