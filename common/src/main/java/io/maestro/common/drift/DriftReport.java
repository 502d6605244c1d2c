package io.maestro.common.drift;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Drift between what Terraform states declare and what cloud connections find running (docs/drift.md), computed from
 * the records as discovery stores them: {@code declared_in} (where a state declares the record, with the declared
 * attributes), {@code seen_by.<connection>} (each connection's last sighting), {@code accountant}, {@code active}.
 *
 * <ul>
 * <li><b>unmanaged</b>: running (active, found by a cloud connection) and declared by no state's latest run;</li>
 * <li><b>missing</b>: declared by a state's latest run and not running (inactive, or never found by a cloud);</li>
 * <li><b>changed</b>: declared and running, with {@link DriftAttribute}s that differ.</li>
 * </ul>
 * A declaration is current when the record was seen by its state connection's latest run of that entity (its
 * {@code seen_by} is the newest that connection has among the entity's records): a resource taken out of a state is no
 * longer declared, though its entry stays on a record a cloud keeps.
 */
public final class DriftReport {

    /** The collections drift reads, in the order of the answer. */
    public static final List<String> COLLECTIONS = List.of("servers", "volumes", "applications");

    private DriftReport() {
    }

    /**
     * @param states  the state connections ({@code *_terraform}) the reader may see: id → name
     * @param clouds  the cloud connections the reader may see: id → name
     * @param records per collection, the records the reader may see that a state declares or a cloud found
     * @return {@code {attributes, unmanaged: [...], missing: [...], changed: [...]}}
     */
    public static Map<String, Object> of(Map<String, String> states, Map<String, String> clouds,
            Map<String, List<Map<String, Object>>> records) {
        List<Map<String, Object>> unmanaged = new ArrayList<>();
        List<Map<String, Object>> missing = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        for (String collection : COLLECTIONS) {
            List<Map<String, Object>> found = records.getOrDefault(collection, List.of());
            Map<String, Instant> latestRun = latestRuns(found, states.keySet());
            for (Map<String, Object> record : found) {
                List<Map<String, Object>> declarations = currentDeclarations(record, states.keySet(), latestRun);
                List<String> finders = strings(record.get("accountant")).stream().filter(clouds::containsKey).toList();
                boolean running = !Boolean.FALSE.equals(record.get("active")) && !finders.isEmpty();
                Instant runningSeen = runningSeen(record, finders);
                if (declarations.isEmpty()) {
                    if (running) {
                        Map<String, Object> entry = entry(collection, record);
                        String finder = finders.get(0);
                        entry.put("connection", Map.of("_id", finder, "name", String.valueOf(clouds.get(finder))));
                        entry.put("running_seen_at", text(runningSeen));
                        unmanaged.add(entry);
                    }
                    continue;
                }
                for (Map<String, Object> declaration : declarations) {
                    String state = String.valueOf(declaration.get("connection"));
                    Map<String, Object> entry = entry(collection, record);
                    entry.put("declared_in", Map.of("connection", state, "connection_name",
                            String.valueOf(states.get(state)), "address", String.valueOf(declaration.get("address"))));
                    entry.put("declared_seen_at", text(seenBy(record, state)));
                    entry.put("running_seen_at", text(runningSeen));
                    if (!running) {
                        missing.add(entry);
                        continue;
                    }
                    List<Map<String, Object>> differences = differences(collection, record, declaration);
                    if (!differences.isEmpty()) {
                        entry.put("differences", differences);
                        changed.add(entry);
                    }
                }
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("attributes", DriftAttribute.names());
        report.put("unmanaged", unmanaged);
        report.put("missing", missing);
        report.put("changed", changed);
        return report;
    }

    /** Per state connection, its newest {@code seen_by} among the records it declares: its latest run's start. */
    private static Map<String, Instant> latestRuns(List<Map<String, Object>> records, Set<String> states) {
        Map<String, Instant> latest = new HashMap<>();
        for (Map<String, Object> record : records) {
            for (Map<String, Object> declaration : maps(record.get("declared_in"))) {
                String state = String.valueOf(declaration.get("connection"));
                Instant seen = seenBy(record, state);
                if (states.contains(state) && seen != null) {
                    latest.merge(state, seen, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return latest;
    }

    private static List<Map<String, Object>> currentDeclarations(Map<String, Object> record, Set<String> states,
            Map<String, Instant> latestRun) {
        return maps(record.get("declared_in")).stream().filter(declaration -> {
            String state = String.valueOf(declaration.get("connection"));
            Instant seen = seenBy(record, state);
            return states.contains(state) && (seen == null || seen.equals(latestRun.get(state)));
        }).toList();
    }

    /**
     * When a cloud connection last found it running: the newest of its finders' sightings, else (a record stored before
     * {@code seen_by}) its {@code last_seen_at}; never, when no cloud found it.
     */
    private static Instant runningSeen(Map<String, Object> record, List<String> finders) {
        Instant newest = null;
        for (String finder : finders) {
            Instant seen = seenBy(record, finder);
            if (seen != null && (newest == null || seen.isAfter(newest))) {
                newest = seen;
            }
        }
        return newest != null || finders.isEmpty() ? newest : instant(record.get("last_seen_at"));
    }

    private static List<Map<String, Object>> differences(String collection, Map<String, Object> record,
            Map<String, Object> declaration) {
        Map<String, Object> declared = declaration.get("declared") instanceof Map<?, ?> map ? cast(map) : Map.of();
        List<Map<String, Object>> differences = new ArrayList<>();
        for (DriftAttribute attribute : DriftAttribute.values()) {
            Object declaredValue = declared.get(attribute.attributeName());
            Object runningValue = attribute.runningPath(collection).map(path -> at(record, path)).orElse(null);
            if (declaredValue == null || runningValue == null) {
                continue;
            }
            Object left = attribute == DriftAttribute.TAGS ? tags(declaredValue) : declaredValue;
            Object right = attribute == DriftAttribute.TAGS ? tags(runningValue) : runningValue;
            if (!same(left, right)) {
                Map<String, Object> difference = new LinkedHashMap<>();
                difference.put("attribute", attribute.attributeName());
                difference.put("declared", left);
                difference.put("running", right);
                differences.add(difference);
            }
        }
        return differences;
    }

    /**
     * Tags as {@code key → value}, without empty values (discovery leaves those out) and without the {@code aws:} tags
     * AWS sets itself.
     */
    private static Map<String, String> tags(Object value) {
        Map<String, String> tags = new TreeMap<>();
        for (Map<String, Object> tag : maps(value)) {
            String key = Objects.toString(tag.get("key"), Objects.toString(tag.get("Key"), null));
            String text = Objects.toString(tag.get("value"), Objects.toString(tag.get("Value"), ""));
            if (key != null && !text.isEmpty() && !key.startsWith("aws:")) {
                tags.put(key, text);
            }
        }
        return tags;
    }

    private static boolean same(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        return Objects.equals(left instanceof Number || left instanceof Map ? left : String.valueOf(left),
                right instanceof Number || right instanceof Map ? right : String.valueOf(right));
    }

    private static Map<String, Object> entry(String collection, Map<String, Object> record) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("entity", collection);
        entry.put("_id", String.valueOf(record.get("_id")));
        entry.put("unique_id", String.valueOf(record.get("unique_id")));
        entry.put("name", record.get("name"));
        if (record.get("family") != null) {
            entry.put("family", record.get("family"));
        }
        return entry;
    }

    private static Instant seenBy(Map<String, Object> record, String connection) {
        return record.get("seen_by") instanceof Map<?, ?> seen ? instant(seen.get(connection)) : null;
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        return null;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Object at(Map<String, Object> record, String path) {
        Object current = record;
        for (String step : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(step);
        }
        return current;
    }

    private static List<String> strings(Object value) {
        return value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static List<Map<String, Object>> maps(Object value) {
        if (!(value instanceof Collection<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(item -> cast((Map<?, ?>) item)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
