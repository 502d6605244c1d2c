package io.maestro.analytics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a map tells about the business, written to the graph record as 0.6 did (§7.1 info.bussiness): {@code info}
 * (applications per column, density, connection count), {@code ifamilies}, {@code isystems}, {@code iservers} and
 * {@code iclients}.
 *
 * @param histogram   applications per column
 * @param density     edges ÷ (n × (n − 1)), as for any directed graph, two decimals
 * @param connections how many dependencies the map draws
 * @param families    applications per family, in the order first met
 * @param systems     the systems the applications belong to: {@code {_id, name}}, each once
 * @param servers     how many distinct servers the applications run on
 * @param clients     the clients of the systems the map started from: {@code {_id, name}}, each once
 */
public record GraphMetrics(Map<Integer, Integer> histogram, double density, int connections,
        Map<String, Integer> families, List<Map<String, Object>> systems, int servers,
        List<Map<String, Object>> clients) {

    public static GraphMetrics of(DependencyGraph graph, GridLayout.Layout layout, List<Map<String, Object>> clients) {
        int n = graph.size();
        int edges = graph.edges().size();
        double density = n < 2 ? 0 : BigDecimal.valueOf((double) edges / ((double) n * (n - 1)))
                .setScale(2, RoundingMode.HALF_UP).doubleValue();
        Map<String, Integer> families = new LinkedHashMap<>();
        Map<String, Map<String, Object>> systems = new LinkedHashMap<>();
        Set<String> servers = new LinkedHashSet<>();
        for (AppNode app : graph.apps()) {
            families.merge(app.family(), 1, Integer::sum);
            for (Map<String, Object> system : app.systems()) {
                Object id = system.get("_id");
                if (id != null) {
                    systems.putIfAbsent(String.valueOf(id), idAndName(system));
                }
            }
            app.servers().forEach(server -> servers.add(server.id()));
        }
        Map<String, Map<String, Object>> distinctClients = new LinkedHashMap<>();
        for (Map<String, Object> client : clients) {
            Object id = client.get("_id");
            if (id != null) {
                distinctClients.putIfAbsent(String.valueOf(id), idAndName(client));
            }
        }
        return new GraphMetrics(layout.histogram(), density, edges, families, new ArrayList<>(systems.values()),
                servers.size(), new ArrayList<>(distinctClients.values()));
    }

    /** The fields 0.6 wrote on the graph record, ready for data-app's {@code PUT /graphs}. */
    public Map<String, Object> recordFields() {
        Map<String, Object> histograms = new LinkedHashMap<>();
        histogram.forEach((column, count) -> histograms.put(String.valueOf(column), count));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("histograms", histograms);
        info.put("density", density);
        info.put("conections", connections);
        int apps = families.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("info", info);
        fields.put("ifamilies", Map.of("items", families, "total", apps));
        fields.put("isystems", Map.of("items", systems, "total", systems.size()));
        fields.put("iservers", Map.of("total", servers));
        fields.put("iclients", Map.of("items", clients, "total", clients.size()));
        return fields;
    }

    private static Map<String, Object> idAndName(Map<String, Object> entity) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("_id", String.valueOf(entity.get("_id")));
        reference.put("name", entity.get("name"));
        return reference;
    }
}
