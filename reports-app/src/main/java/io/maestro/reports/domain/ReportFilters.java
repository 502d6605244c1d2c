package io.maestro.reports.domain;

import io.maestro.common.query.IdFields;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.bson.types.ObjectId;

/**
 * The typed filters of a report (0.6 contract §6) turned into query clauses: each item
 * {@code {field, filter, comparer, typ, subfield?, subfilter?}} becomes one clause, and the clauses are meant to be
 * joined with {@code $and} next to the owner's, so that no filter can replace it. Every value is data: a filter whose
 * value is an object or a list, whose field is not a plain dotted name, whose regex does not compile, or whose number
 * or date does not parse is a 422 naming it ({@code filters.<i>.<key>}), never an operator and never a 500.
 * "not contain" is a negated regex (0.6 used {@code $ne}: compatibility.md D33).
 */
public final class ReportFilters {

    /** A field path: names of letters, digits, {@code _} and {@code -}, joined by dots; no {@code $}. */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final Set<String> TYPES = Set.of("string", "boolean", "select", "object", "array", "number", "date");
    private static final int MAX_FILTERS = 100;
    private static final int MAX_VALUE_LENGTH = 1000;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ReportFilters() {
    }

    /**
     * The clauses of {@code filters} (a list of filter objects); {@code path} names the list in errors
     * ({@code filters}, {@code filters.servers.filters}).
     */
    public static List<Map<String, Object>> clauses(Object filters, String path) {
        if (filters == null) {
            return List.of();
        }
        if (!(filters instanceof List<?> items)) {
            throw invalid(path, "array.base", "must be an array");
        }
        if (items.size() > MAX_FILTERS) {
            throw invalid(path, "array.max", "must contain at most " + MAX_FILTERS + " items");
        }
        List<Map<String, Object>> clauses = new ArrayList<>();
        Map<String, Map<String, Object>> elemMatches = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "." + i;
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw invalid(itemPath, "object.base", "must be an object");
            }
            String typ = text(item, "typ", itemPath, false);
            String type = typ == null ? "string" : typ;
            if (!TYPES.contains(type)) {
                throw invalid(itemPath + ".typ", "any.allowOnly", "must be one of " + TYPES);
            }
            String field = fieldName(item, "field", itemPath, true);
            String comparer = text(item, "comparer", itemPath, false);
            if ("array".equals(type)) {
                // several filters on one array field describe one element: they accumulate in one $elemMatch
                String subfield = fieldName(item, "subfield", itemPath, true);
                elemMatches.computeIfAbsent(field, key -> new LinkedHashMap<>())
                        .put(subfield, text(item, "subfilter", itemPath, true));
                continue;
            }
            clauses.add(clause(item, type, comparer, field, itemPath));
        }
        elemMatches.forEach((field, match) -> clauses.add(Map.of(field, Map.of("$elemMatch", elementMatch(match)))));
        return clauses;
    }

    /**
     * An element's equalities as 0.6 matched them, {@code {subfield: value, ...}}; with an id among them, each as
     * {@link #equality} makes it, joined by {@code $and}.
     */
    private static Map<String, Object> elementMatch(Map<String, Object> equalities) {
        List<Map<String, Object>> each = new ArrayList<>();
        equalities.forEach((subfield, value) -> each.add(equality(subfield, value)));
        if (each.stream().noneMatch(clause -> clause.containsKey("$or"))) {
            return equalities;
        }
        return each.size() == 1 ? each.get(0) : Map.of("$and", each);
    }

    /**
     * {@code field = value}; on an id ({@code _id}, {@code *._id}) with a 24-hex value, the link may be held as an
     * ObjectId (discovery) or as its text (server-app, e.g. a server's {@code datacenters._id}), and data-app reads a
     * 24-hex text under an {@code _id} key as an ObjectId: so either the ObjectId or the text, matched by a regular
     * expression of exactly that id (which matches only text), as the pivot's joins do.
     */
    private static Map<String, Object> equality(String field, Object value) {
        if (IdFields.isIdField(field) && value instanceof String id && ObjectId.isValid(id)) {
            return Map.of("$or", List.of(Map.of(field, id), Map.of(field, Map.of("$regex", "^" + id + "$"))));
        }
        return Map.of(field, value);
    }

    private static Map<String, Object> clause(Map<?, ?> item, String type, String comparer, String field,
            String itemPath) {
        return switch (type) {
            case "string" -> stringClause(item, comparer, field, itemPath);
            case "boolean" -> Map.of(field, "true".equalsIgnoreCase(text(item, "filter", itemPath, true)));
            case "object" -> equality(field + "." + fieldName(item, "subfield", itemPath, true),
                    text(item, "subfilter", itemPath, true));
            case "number" -> compared(field, comparer, number(item, itemPath));
            case "date" -> compared(field, comparer, date(item, itemPath));
            default -> equality(field, text(item, "filter", itemPath, true)); // select
        };
    }

    private static Map<String, Object> stringClause(Map<?, ?> item, String comparer, String field, String itemPath) {
        String value = text(item, "filter", itemPath, true);
        if ("contain".equals(comparer) || "not contain".equals(comparer)) {
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw invalid(itemPath + ".filter", "string.regex.base", "is not a valid regular expression");
            }
            Map<String, Object> regex = Map.of("$regex", value);
            return Map.of(field, "contain".equals(comparer) ? regex : Map.of("$not", regex));
        }
        return equality(field, value);
    }

    private static Map<String, Object> compared(String field, String comparer, Object value) {
        return switch (comparer == null ? "" : comparer) {
            case "greater", "after" -> Map.of(field, Map.of("$gte", value));
            case "less", "before" -> Map.of(field, Map.of("$lte", value));
            default -> Map.of(field, value);
        };
    }

    private static Object number(Map<?, ?> item, String itemPath) {
        Object value = item.get("filter");
        if (value instanceof Number number) {
            return number;
        }
        String text = text(item, "filter", itemPath, true);
        try {
            double parsed = Double.parseDouble(text.trim());
            if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
                throw new NumberFormatException(text);
            }
            return parsed == Math.rint(parsed) && Math.abs(parsed) < 1e15 ? (Object) (long) parsed : parsed;
        } catch (NumberFormatException e) {
            throw invalid(itemPath + ".filter", "number.base", "must be a number");
        }
    }

    /** An ISO date or date-time, passed on as UTC text (no zone: UTC): data-app makes it a date on fields named {@code *_at*}. */
    private static String date(Map<?, ?> item, String itemPath) {
        String text = text(item, "filter", itemPath, true).trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text) + "T00:00:00Z";
            }
            try {
                return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
            } catch (DateTimeParseException noZone) {
                return LocalDateTime.parse(text).truncatedTo(ChronoUnit.SECONDS).format(SECONDS) + "Z";
            }
        } catch (DateTimeParseException e) {
            throw invalid(itemPath + ".filter", "date.isoDate", "must be an ISO 8601 date");
        }
    }

    private static String fieldName(Map<?, ?> item, String key, String itemPath, boolean required) {
        String name = text(item, key, itemPath, required);
        if (!FIELD.matcher(name).matches()) {
            throw invalid(itemPath + "." + key, "string.regex.base", "must be a field name (letters, digits, _ and -, "
                    + "joined by dots)");
        }
        return name;
    }

    /** A scalar value as text; an object or a list is refused, so that no value can carry an operator. */
    private static String text(Map<?, ?> item, String key, String itemPath, boolean required) {
        Object value = item.get(key);
        if (value == null) {
            if (required) {
                throw invalid(itemPath + "." + key, "any.required", "is required");
            }
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw invalid(itemPath + "." + key, "string.base", "must be a string, a number or a boolean");
        }
        String text = String.valueOf(value);
        if (text.length() > MAX_VALUE_LENGTH) {
            throw invalid(itemPath + "." + key, "string.max", "must be at most " + MAX_VALUE_LENGTH + " characters");
        }
        return text;
    }

    static ValidatorException invalid(String path, String type, String reason) {
        return new ValidatorException(ValidationDetail.field(path, type, reason));
    }
}
