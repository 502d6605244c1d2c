package io.maestro.reports.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of a pivot report for one batch of its first level: each further level is read once for the ids the
 * level before gave ({@link Inventory#linked}, {@code chunk} ids per call), and each row is copied once per record
 * joined to it, that record under the level's name; a row with nothing joined is left out (an inner join, as 0.6's
 * {@code $lookup} and {@code $match} made it). Rows keep the order of the first level, then of each joined level's
 * {@code _id}. A record linked twice to one record of the level before is joined to it once.
 */
final class PivotJoins {

    private final Inventory inventory;
    private final int chunk;

    PivotJoins(Inventory inventory, int chunk) {
        this.inventory = inventory;
        this.chunk = chunk;
    }

    List<Map<String, Object>> rows(List<Map<String, Object>> sources, List<ReportQuery.Join> joins) {
        List<Map<String, Object>> rows = sources;
        String previous = null;
        for (ReportQuery.Join join : joins) {
            String parentField = previous;
            Map<String, List<Map<String, Object>>> joined = joined(join, rows.stream()
                    .map(row -> id(parentField == null ? row : row.get(parentField)))
                    .collect(LinkedHashSet::new, Set::add, Set::addAll));
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                for (Map<String, Object> record : joined.getOrDefault(id(parentField == null ? row
                        : row.get(parentField)), List.of())) {
                    Map<String, Object> longer = new LinkedHashMap<>(row);
                    longer.put(join.entity(), record);
                    next.add(longer);
                }
            }
            rows = next;
            previous = join.entity();
        }
        return rows;
    }

    /** The records of the join's level linked to each of {@code ids}, by id. */
    private Map<String, List<Map<String, Object>>> joined(ReportQuery.Join join, Set<String> ids) {
        Map<String, List<Map<String, Object>>> joined = new HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += chunk) {
            List<String> asked = all.subList(from, Math.min(all.size(), from + chunk));
            Set<String> wanted = Set.copyOf(asked);
            for (Map<String, Object> record : inventory.linked(join.entity(), join.query(), join.link(), asked)) {
                for (String parent : values(record, join.link())) {
                    if (wanted.contains(parent)) {
                        joined.computeIfAbsent(parent, key -> new ArrayList<>()).add(record);
                    }
                }
            }
        }
        return joined;
    }

    private static String id(Object record) {
        return record instanceof Map<?, ?> map ? String.valueOf(map.get("_id")) : null;
    }

    /** The distinct values at the dotted {@code path} of {@code record}, through lists as MongoDB reads a path. */
    static Set<String> values(Object record, String path) {
        Set<String> values = new LinkedHashSet<>();
        collect(record, path.split("\\."), 0, values);
        return values;
    }

    private static void collect(Object value, String[] path, int depth, Collection<String> values) {
        if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, path, depth, values));
        } else if (depth == path.length) {
            if (value != null) {
                values.add(String.valueOf(value));
            }
        } else if (value instanceof Map<?, ?> map) {
            collect(map.get(path[depth]), path, depth + 1, values);
        }
    }
}
