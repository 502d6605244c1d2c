package io.maestro.common.query;

import io.maestro.common.web.QueryException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the list parameters of Maestro 0.6 ({@code limit, page, orderBy, ascending}, exact-match fields and the
 * {@code query} JSON) into a {@link ListQuery}, closing 0.6's injection holes (compatibility.md S8). Anything it cannot
 * honour is a {@link QueryException} (400) naming the parameter:
 * <ul>
 * <li>{@code limit}: default 20; a positive integer; values above {@value #MAX_LIMIT} are capped to it.</li>
 * <li>{@code page}: default 1; a positive integer.</li>
 * <li>{@code orderBy}: default {@code updated_at}; a field of the entity, {@code _id}, {@code created_at} or
 *     {@code updated_at}, else 400.</li>
 * <li>{@code ascending}: {@code 1} ascending, anything else descending.</li>
 * <li>A parameter named like a field of the entity: exact match; repeated (or {@code name[]}) → {@code $in};
 *     {@code _id} and {@code *._id} values of 24 hex digits become ObjectIds. Other parameters are ignored
 *     (cache busters and the like), except that a name containing {@code $} or brackets ({@code x[$ne]=}) is 400.</li>
 * <li>{@code query}: a JSON object of field → text; each truthy value becomes a case-insensitive "contains" match of
 *     the literal text (regex metacharacters escaped), after the entity's aliases. Keys with {@code $}, keys that
 *     name no field, and object or array values ({@code {"name":{"$ne":1}}}) are 400; so is JSON that does not
 *     parse. On the same key, {@code query} wins over an exact-match parameter.</li>
 * </ul>
 * Empty {@code limit}, {@code page}, {@code orderBy} and {@code query} count as absent. The filter always gets
 * {@code active: true}.
 */
public final class ListQueryParser {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;
    public static final String DEFAULT_ORDER_BY = "updated_at";

    private static final Set<String> RESERVED = Set.of("limit", "page", "orderBy", "ascending", "query");
    private static final Set<String> ALWAYS_ORDERABLE = Set.of("_id", "created_at", "updated_at");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");

    private ListQueryParser() {
    }

    public static ListQuery parse(MultiValueMap<String, String> params, ListQueryDefinition definition) {
        Map<String, String[]> asArrays = new LinkedHashMap<>();
        params.forEach((name, values) -> asArrays.put(name, values.toArray(String[]::new)));
        return parse(asArrays, definition);
    }

    /** @param params the request parameters as the servlet API gives them ({@code request.getParameterMap()}) */
    public static ListQuery parse(Map<String, String[]> params, ListQueryDefinition definition) {
        Document filter = new Document();
        params.forEach((name, values) -> addExactMatch(filter, name, values, definition));
        addContainsMatches(filter, first(params, "query"), definition);
        filter.put("active", true);
        return new ListQuery(filter,
                positive("page", first(params, "page"), 1, Integer.MAX_VALUE),
                (int) positive("limit", first(params, "limit"), DEFAULT_LIMIT, MAX_LIMIT),
                orderBy(first(params, "orderBy"), definition),
                "1".equals(first(params, "ascending")));
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 || values[0].isEmpty() ? null : values[0];
    }

    private static void addExactMatch(Document filter, String name, String[] values, ListQueryDefinition definition) {
        String field = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
        if (field.contains("$") || field.contains("[") || field.contains("]")) {
            throw new QueryException("Parameter '" + name + "' is not allowed: operators and nested parameters are not accepted");
        }
        if (RESERVED.contains(field) || !definition.fields().contains(field) || values.length == 0) {
            return;
        }
        List<Object> matches = new ArrayList<>(values.length);
        for (String value : values) {
            matches.add(exactValue(field, value));
        }
        filter.put(field, matches.size() == 1 ? matches.get(0) : new Document("$in", matches));
    }

    private static Object exactValue(String field, String value) {
        return IdFields.isIdField(field) && OBJECT_ID.matcher(value).matches() ? new ObjectId(value) : value;
    }

    private static void addContainsMatches(Document filter, String json, ListQueryDefinition definition) {
        if (json == null) {
            return;
        }
        JsonNode query;
        try {
            query = JsonMapper.shared().readTree(json);
        } catch (JacksonException broken) {
            throw new QueryException("Parameter 'query' is not valid JSON: " + broken.getOriginalMessage());
        }
        if (query == null || !query.isObject()) {
            throw new QueryException("Parameter 'query' must be a JSON object of field names to search texts");
        }
        for (Map.Entry<String, JsonNode> entry : query.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.contains("$")) {
                throw new QueryException("Query key '" + key + "' is not allowed: operators are not accepted");
            }
            String field = definition.aliases().getOrDefault(key, key);
            if (!definition.aliases().containsKey(key) && !definition.isKnownPath(field)) {
                throw new QueryException("Query key '" + key + "' is not a searchable field");
            }
            if (value.isContainer()) {
                throw new QueryException("Query value of '" + key + "' must be a text, number or boolean, not an object or array");
            }
            if (isTruthy(value)) {
                String text = value.asString();
                if (definition.upperFirstFields().contains(key)) {
                    text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
                }
                filter.put(field, new Document("$regex", LiteralRegex.escape(text)).append("$options", "i"));
            }
        }
    }

    /** JavaScript's truthiness, which decided in 0.6 whether a {@code query} entry filtered at all. */
    private static boolean isTruthy(JsonNode value) {
        if (value.isString()) {
            return !value.stringValue().isEmpty();
        }
        if (value.isNumber()) {
            double number = value.doubleValue();
            return number != 0 && !Double.isNaN(number);
        }
        return value.isBoolean() && value.booleanValue();
    }

    private static long positive(String name, String value, long absent, long max) {
        if (value == null) {
            return absent;
        }
        String significant = value.replaceFirst("^0+", "");
        if (!DIGITS.matcher(value).matches() || significant.isEmpty()) {
            throw new QueryException("Parameter '" + name + "' must be a positive integer, got '" + value + "'");
        }
        if (significant.length() > 18 || Long.parseLong(significant) > max) {
            if ("limit".equals(name)) {
                return max;
            }
            throw new QueryException("Parameter '" + name + "' must be at most " + max + ", got '" + value + "'");
        }
        return Long.parseLong(significant);
    }

    private static String orderBy(String value, ListQueryDefinition definition) {
        if (value == null) {
            return DEFAULT_ORDER_BY;
        }
        if (value.contains("$") || !(ALWAYS_ORDERABLE.contains(value) || definition.isKnownPath(value))) {
            throw new QueryException("Parameter 'orderBy' must name a field of this list, got '" + value + "'");
        }
        return value;
    }
}
