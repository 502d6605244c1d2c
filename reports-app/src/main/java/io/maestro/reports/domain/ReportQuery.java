package io.maestro.reports.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a report reads from the inventory, built from its filters (0.6 contract §6): a general report is one query on
 * its component; a pivot report starts with the same kind of query on the first enabled level of clients → systems →
 * applications → servers and joins each further level to the one before ({@link PivotJoins}: a row per joined record;
 * a record with nothing at the next level is left out, as in 0.6). Every level is limited to the records the owner may
 * read ({@code roles._id}), with the filters joined by {@code $and} so that none replaces that clause
 * (compatibility.md S26).
 *
 * @param entity data-app's entity the report starts from
 * @param query  the query on that entity
 * @param joins  a pivot report's further levels, in order, else null
 */
public record ReportQuery(String entity, Map<String, Object> query, List<Join> joins) {

    /** The components a general report may read. */
    static final Set<String> COMPONENTS = Set.of("servers", "applications", "systems", "clients", "datacenters",
            "volumes", "images", "networks", "snapshots", "flavors");

    /** The pivot levels in join order, and the field of each that points at the level before it. */
    static final List<String> PIVOT_LEVELS = List.of("clients", "systems", "applications", "servers");
    private static final Map<String, String> LINK_TO_PREVIOUS = Map.of("systems", "clients._id",
            "applications", "system._id", "servers", "applications._id");

    private static final String OWNER = "roles._id";

    /**
     * A further level of a pivot: the records of {@code entity} matching {@code query} whose {@code link} field holds
     * the id of a record of the level before; each joined record goes into the row under {@code entity}.
     */
    public record Join(String entity, String link, Map<String, Object> query) {
    }

    public boolean pivot() {
        return joins != null;
    }

    /** A general report on {@code component} ({@code Servers}, {@code servers}, ...). */
    public static ReportQuery general(String component, Object filters, String owner) {
        String entity = component == null ? "" : component.toLowerCase(Locale.ROOT);
        if (!COMPONENTS.contains(entity)) {
            throw ReportFilters.invalid("component", "any.allowOnly", "must be one of " + COMPONENTS);
        }
        return new ReportQuery(entity, owned(owner, ReportFilters.clauses(filters, "filters")), null);
    }

    /** A pivot report: {@code filters} is {@code {<level>: {enabled, filters}}}; the enabled levels must be adjacent. */
    public static ReportQuery pivot(Object filters, String owner) {
        if (!(filters instanceof Map<?, ?> levels)) {
            throw ReportFilters.invalid("filters", "object.base", "must be an object of clients, systems, "
                    + "applications and servers");
        }
        for (Object level : levels.keySet()) {
            if (!PIVOT_LEVELS.contains(String.valueOf(level))) {
                throw ReportFilters.invalid("filters." + level, "object.allowUnknown", "is not allowed");
            }
        }
        List<String> enabled = new ArrayList<>();
        for (String level : PIVOT_LEVELS) {
            if (isEnabled(levels.get(level), level)) {
                if (!enabled.isEmpty() && !enabled.get(enabled.size() - 1).equals(previous(level))) {
                    throw ReportFilters.invalid("filters." + level + ".enabled", "pivot.adjacent",
                            "must be joined to an enabled level: enable the levels between " + enabled.get(0)
                            + " and " + level);
                }
                enabled.add(level);
            }
        }
        if (enabled.isEmpty()) {
            throw ReportFilters.invalid("filters", "pivot.empty", "must enable at least one level");
        }
        String source = enabled.get(0);
        List<Join> joins = enabled.subList(1, enabled.size()).stream()
                .map(level -> new Join(level, LINK_TO_PREVIOUS.get(level), owned(owner, levelClauses(levels, level))))
                .toList();
        return new ReportQuery(source, owned(owner, levelClauses(levels, source)), joins);
    }

    private static boolean isEnabled(Object level, String name) {
        if (level == null) {
            return false;
        }
        if (!(level instanceof Map<?, ?> settings)) {
            throw ReportFilters.invalid("filters." + name, "object.base", "must be an object {enabled, filters}");
        }
        Object enabled = settings.get("enabled");
        return Boolean.TRUE.equals(enabled) || "true".equals(enabled);
    }

    private static List<Map<String, Object>> levelClauses(Map<?, ?> levels, String level) {
        Map<?, ?> settings = (Map<?, ?>) levels.get(level);
        return ReportFilters.clauses(settings.get("filters"), "filters." + level + ".filters");
    }

    private static String previous(String level) {
        return PIVOT_LEVELS.get(PIVOT_LEVELS.indexOf(level) - 1);
    }

    private static Map<String, Object> owned(String owner, List<Map<String, Object>> clauses) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put(OWNER, owner);
        if (!clauses.isEmpty()) {
            query.put("$and", clauses);
        }
        return query;
    }
}
