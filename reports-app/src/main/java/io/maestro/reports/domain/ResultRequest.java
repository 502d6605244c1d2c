package io.maestro.reports.domain;

import io.maestro.common.query.LiteralRegex;
import io.maestro.common.web.QueryException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The list parameters of {@code GET /reports/<table>} (0.6 contract §6): {@code limit} (default
 * {@code MAESTRO_REPORT_RESULT_QTD}), {@code page}, {@code orderBy} ({@code updated_at}), {@code ascending} ({@code 1}
 * ascending, anything else descending: 0.6 had them the other way round, compatibility.md D34), and {@code query}, a
 * JSON object of field → text, each a case-insensitive "contains" of the literal text. A parameter that cannot be
 * honoured is 400 naming it.
 *
 * @param filter the row filter as a Mongo query (field → {@code {$regex, $options}})
 */
public record ResultRequest(int limit, long page, String orderBy, boolean ascending, Map<String, Object> filter) {

    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = 100_000;
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public long skip() {
        return (page - 1) * limit;
    }

    /** Every row, in the order they were stored: what an export reads when no order is asked for. */
    public static ResultRequest all(int limit) {
        return new ResultRequest(limit, 1, "updated_at", true, Map.of());
    }

    public static ResultRequest parse(Map<String, String> params, int defaultLimit) {
        int limit = (int) positive(params.get("limit"), "limit", defaultLimit);
        long page = positive(params.get("page"), "page", 1);
        String orderBy = blank(params.get("orderBy")) ? "updated_at" : params.get("orderBy");
        if (!FIELD.matcher(orderBy).matches()) {
            throw new QueryException("orderBy must name a field");
        }
        boolean ascending = "1".equals(params.get("ascending"));
        return new ResultRequest(Math.min(limit, MAX_LIMIT), page, orderBy, ascending, filter(params.get("query")));
    }

    private static Map<String, Object> filter(String query) {
        if (blank(query)) {
            return Map.of();
        }
        Object parsed;
        try {
            parsed = JSON.readValue(query, Object.class);
        } catch (JacksonException e) {
            throw new QueryException("query must be a JSON object");
        }
        if (!(parsed instanceof Map<?, ?> fields)) {
            throw new QueryException("query must be a JSON object");
        }
        Map<String, Object> filter = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            String field = String.valueOf(key);
            if (!FIELD.matcher(field).matches()) {
                throw new QueryException("query." + field + " does not name a field");
            }
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw new QueryException("query." + field + " must be a text, a number or a boolean");
            }
            if (value != null && !String.valueOf(value).isEmpty()) {
                filter.put(field, Map.of("$regex", LiteralRegex.escape(String.valueOf(value)), "$options", "i"));
            }
        });
        return filter;
    }

    private static long positive(String value, String name, long fallback) {
        if (blank(value)) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 1) {
                throw new NumberFormatException(value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new QueryException(name + " must be a positive integer");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
