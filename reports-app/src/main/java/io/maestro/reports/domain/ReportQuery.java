package io.maestro.reports.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a report reads from the inventory, built from its filters (0.6 contract §6): a general report is one query on
 * its component; a pivot report is an aggregation that starts at the first enabled level of clients → systems →
 * applications → servers and joins each further level to the one before (a row per joined record; a record with
 * nothing at the next level is left out, as in 0.6). Every level is limited to the records the owner may read ({@code roles._id}), with the filters joined by {@code $and} so that none replaces that clause
 * (compatibility.md S26).
 *
 * @param entity   data-app's entity the report starts from
 * @param query    a general report's query, else null
 * @param pipeline a pivot report's stages, else null
 */
public record ReportQuery(String entity, Map<String, Object> query, List<Map<String, Object>> pipeline) {

    /** The components a general report may read. */
    static final Set<String> COMPONENTS = Set.of("servers", "applications", "systems", "clients", "datacenters",
            "volumes", "images", "networks", "snapshots", "flavors");

    /** The pivot levels in join order, and the field of each that points at the level before it. */
    static final List<String> PIVOT_LEVELS = List.of("clients", "systems", "applications", "servers");
    private static final Map<String, String> LINK_TO_PREVIOUS = Map.of("systems", "clients._id",
            "applications", "system._id", "servers", "applications._id");

    private static final String OWNER = "roles._id";
    /** The working fields of a join (the id as text, what joined on it); removed from the rows. */
    private static final String LINK = "_pivot_link";
    private static final String LINKED = "_pivot_linked";

    public boolean pivot() {
        return pipeline != null;
    }

    /** A general report on {@code component} ({@code Servers}, {@code servers}, ...). */
    public static ReportQuery general(String component, Object filters, String owner) {
        String entity = component == null ? "" : component.toLowerCase(Locale.ROOT);
        if (!COMPONENTS.contains(entity)) {
            throw ReportFilters.invalid("component", "any.allowOnly", "must be one of " + COMPONENTS);
        }
        return new ReportQuery(entity, owned(owner, ReportFilters.clauses(filters, "", "filters")), null);
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
        List<Map<String, Object>> pipeline = new ArrayList<>();
        pipeline.add(Map.of("$match", owned(owner, levelClauses(levels, source, ""))));
        pipeline.add(Map.of("$sort", Map.of("_id", 1)));
        // Inventory pages here ($skip, $limit, after these two stages): each batch joins only its own first-level records
        for (String level : enabled.subList(1, enabled.size())) {
            String localField = enabled.indexOf(level) == 1 ? "_id" : previous(level) + "._id";
            String foreignField = LINK_TO_PREVIOUS.get(level);
            // a link holds the id as an ObjectId or as its text (server-app keeps it as sent): join on both
            pipeline.add(Map.of("$addFields", Map.of(LINK, Map.of("$toString", "$" + localField))));
            pipeline.add(Map.of("$lookup", Map.of("from", level, "localField", localField,
                    "foreignField", foreignField, "as", level)));
            pipeline.add(Map.of("$lookup", Map.of("from", level, "localField", LINK,
                    "foreignField", foreignField, "as", LINKED)));
            pipeline.add(Map.of("$addFields", Map.of(level, Map.of("$concatArrays", List.of("$" + level,
                    "$" + LINKED)))));
            // an inner join, as 0.6's prefixed $match made it: a row goes on only with a record of this level
            pipeline.add(Map.of("$unwind", "$" + level));
            List<Map<String, Object>> clauses = new ArrayList<>(List.of(Map.of(level + "." + OWNER, owner)));
            clauses.addAll(levelClauses(levels, level, level + "."));
            pipeline.add(Map.of("$match", Map.of("$and", clauses)));
        }
        if (enabled.size() > 1) {
            pipeline.add(Map.of("$project", Map.of(LINK, 0, LINKED, 0)));
        }
        return new ReportQuery(source, null, pipeline);
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

    private static List<Map<String, Object>> levelClauses(Map<?, ?> levels, String level, String prefix) {
        Map<?, ?> settings = (Map<?, ?>) levels.get(level);
        return ReportFilters.clauses(settings.get("filters"), prefix, "filters." + level + ".filters");
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
