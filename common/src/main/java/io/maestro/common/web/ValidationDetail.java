package io.maestro.common.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One failing field, shaped like a Joi 14 detail: {@code {message, path, type, context:{key, label, ...}}}, e.g.
 * {@code {"message":"\"name\" is required","path":["name"],"type":"any.required","context":{"key":"name","label":"name"}}}.
 */
public record ValidationDetail(String message, List<Object> path, String type, Map<String, Object> context) {

    /**
     * A detail on a (possibly dotted) field: the path is its segments, numeric segments as indexes.
     *
     * @param reason what is wrong, without the field name, e.g. {@code "is required"}
     */
    public static ValidationDetail field(String field, String type, String reason) {
        return field(field, type, reason, Map.of());
    }

    /** As {@link #field(String, String, String)}, with extra context entries (a limit, the rejected value, ...). */
    public static ValidationDetail field(String field, String type, String reason, Map<String, Object> extraContext) {
        List<Object> path = pathOf(field);
        Object key = path.get(path.size() - 1);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("key", key);
        context.put("label", field);
        context.putAll(extraContext);
        return new ValidationDetail("\"" + field + "\" " + reason, path, type, context);
    }

    private static List<Object> pathOf(String field) {
        return Arrays.stream(field.split("\\."))
                .<Object>map(segment -> segment.chars().allMatch(Character::isDigit) && !segment.isEmpty()
                        ? Integer.valueOf(segment) : segment)
                .toList();
    }
}
