package io.maestro.reports.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The charts of a report (0.6 contract §6), counted row by row as the rows are stored, so that a large report is never
 * held whole: each chart counts the values of one field (a list field counts each element; an object field its
 * {@code name}) and answers {@code {aggr: {label: [...], data: [...]}, opts: {ct, txt, order, limit?}}}, labels by
 * descending count. A chart whose field no row has is left out; {@code total} charts count rows.
 */
public final class ChartAggregations {

    /** One chart: its key in {@code aggr}, the field it counts, its kind ({@code ct}), title and top-N limit. */
    record Chart(String key, String field, String ct, String txt, int limit) {
    }

    /** Up to this many labels per chart unless the chart says fewer (0.6: hostnames top 12). */
    private static final int DEFAULT_LIMIT = 20;

    private static final List<Chart> CHARTS = List.of(
            new Chart("total", null, "total", "Total", 0),
            new Chart("providers", "provider", "doughnut", "Providers", DEFAULT_LIMIT),
            new Chart("datacenters", "datacenters", "doughnut", "Datacenters", DEFAULT_LIMIT),
            new Chart("regions", "region", "polar", "Regions", DEFAULT_LIMIT),
            new Chart("zones", "zone", "polar", "Zones", DEFAULT_LIMIT),
            new Chart("hostnames", "hostname", "bar", "Hostnames (top 12)", 12),
            new Chart("instance_types", "instance", "bar", "Instance types", DEFAULT_LIMIT),
            new Chart("size", "size", "bar", "Size", DEFAULT_LIMIT),
            new Chart("family", "family", "doughnut", "Family", DEFAULT_LIMIT),
            new Chart("os", "os.base", "pie", "Operating systems", DEFAULT_LIMIT),
            new Chart("os_dist", "os.dist", "pie", "Distributions", DEFAULT_LIMIT),
            new Chart("environment", "environment", "doughnut", "Environments", DEFAULT_LIMIT),
            new Chart("role", "role", "doughnut", "Roles", DEFAULT_LIMIT),
            new Chart("language", "language", "doughnut", "Languages", DEFAULT_LIMIT),
            new Chart("cpu", "cpu", "bar", "CPUs", DEFAULT_LIMIT),
            new Chart("memory", "memory", "bar", "Memory", DEFAULT_LIMIT),
            new Chart("systems", "system", "bar", "Systems", DEFAULT_LIMIT),
            new Chart("deps", "deps", "bar", "Dependencies", DEFAULT_LIMIT),
            new Chart("services", "services", "bar", "Services", DEFAULT_LIMIT),
            new Chart("deploy", "deploy", "bar", "Deploy", DEFAULT_LIMIT),
            new Chart("contacts", "contacts", "bar", "Contacts", DEFAULT_LIMIT),
            new Chart("entry", "entry", "bar", "Entry points", DEFAULT_LIMIT),
            new Chart("auth", "auth", "bar", "Access", DEFAULT_LIMIT),
            new Chart("clients", "clients", "bar", "Clients", DEFAULT_LIMIT),
            new Chart("tags", "tags", "bar", "Tags", DEFAULT_LIMIT),
            new Chart("active", "active", "pie", "Active", DEFAULT_LIMIT),
            new Chart("status", "status", "pie", "Status", DEFAULT_LIMIT),
            new Chart("roles", "roles.refs", "pie", "Shared with", DEFAULT_LIMIT),
            new Chart("pivot_systems", "systems.name", "bar", "Systems", DEFAULT_LIMIT),
            new Chart("pivot_applications", "applications.name", "bar", "Applications", DEFAULT_LIMIT),
            new Chart("pivot_servers", "servers.hostname", "bar", "Servers", DEFAULT_LIMIT));

    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private long rows;

    /** Counts one row into every chart. */
    public void add(Map<String, Object> row) {
        rows++;
        for (Chart chart : CHARTS) {
            if (chart.field() == null) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            collect(row, chart.field().split("\\."), 0, labels);
            if (!labels.isEmpty()) {
                Map<String, Long> chartCounts = counts.computeIfAbsent(chart.key(), key -> new HashMap<>());
                labels.forEach(label -> chartCounts.merge(label, 1L, Long::sum));
            }
        }
    }

    /** {@code aggr}: one entry per chart that has data, in the charts' order. */
    public Map<String, Object> result() {
        Map<String, Object> aggr = new LinkedHashMap<>();
        for (int order = 0; order < CHARTS.size(); order++) {
            Chart chart = CHARTS.get(order);
            Map<String, Object> opts = new LinkedHashMap<>();
            opts.put("ct", chart.ct());
            opts.put("txt", chart.txt());
            opts.put("order", order);
            if (chart.field() == null) {
                aggr.put(chart.key(), Map.of("aggr", Map.of("label", List.of(chart.txt()), "data", List.of(rows)),
                        "opts", opts));
                continue;
            }
            Map<String, Long> chartCounts = counts.get(chart.key());
            if (chartCounts == null) {
                continue;
            }
            List<Map.Entry<String, Long>> top = chartCounts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(chart.limit())
                    .toList();
            opts.put("limit", chart.limit());
            aggr.put(chart.key(), Map.of("aggr", Map.of("label", labels(top, Map.Entry::getKey),
                    "data", labels(top, Map.Entry::getValue)), "opts", opts));
        }
        return aggr;
    }

    private static <T> List<T> labels(List<Map.Entry<String, Long>> entries, Function<Map.Entry<String, Long>, T> part) {
        return entries.stream().map(part).toList();
    }

    /** The labels under {@code path} from {@code index}: lists count each element, objects count their name. */
    private static void collect(Object value, String[] path, int index, List<String> labels) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> list) {
            list.forEach(item -> collect(item, path, index, labels));
            return;
        }
        if (index == path.length) {
            if (value instanceof Map<?, ?> object) {
                collect(object.get("name"), new String[0], 0, labels);
            } else if (!String.valueOf(value).isEmpty()) {
                labels.add(String.valueOf(value));
            }
            return;
        }
        if (value instanceof Map<?, ?> object) {
            collect(object.get(path[index]), path, index + 1, labels);
        }
    }
}
