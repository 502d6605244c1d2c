package io.maestro.data.domain;

import io.maestro.common.query.IdFields;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The value translation Maestro 0.6's data-app applied to filters and bodies, so that callers can keep sending plain
 * JSON: under a key {@code _id} or {@code *._id}, 24-hex strings become ObjectIds (also inside lists and operator
 * objects such as {@code $in}); under a key containing {@code _at}, ISO date-time strings become dates. A value is
 * judged by the nearest field name above it (operator keys such as {@code $in} or {@code $set} are transparent). In
 * filters, a list given directly as a field's value means {@code $in}.
 */
public final class LegacyTranslation {

    private static final Pattern HEX_24 = Pattern.compile("^[0-9a-fA-F]{24}$");
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})?$");
    private static final Pattern COMPACT_OFFSET = Pattern.compile(".*[+-]\\d{4}$");
    private static final Pattern COLON_OFFSET = Pattern.compile(".*[+-]\\d{2}:\\d{2}$");
    private static final Set<String> LOGICAL = Set.of("$and", "$or", "$nor");

    private LegacyTranslation() {
    }

    /** A query filter: values translated, and top-level list values turned into {@code $in}. */
    public static Document filter(Document query) {
        Document translated = new Document();
        query.forEach((key, value) -> {
            if (LOGICAL.contains(key) && value instanceof List<?> clauses) {
                List<Object> parts = new ArrayList<>(clauses.size());
                clauses.forEach(clause -> parts.add(clause instanceof Document document ? filter(document) : clause));
                translated.put(key, parts);
            } else if (key.startsWith("$")) {
                translated.put(key, value(null, value));
            } else {
                Object converted = value(key, value);
                translated.put(key, converted instanceof List<?> ? new Document("$in", converted) : converted);
            }
        });
        return translated;
    }

    /** Any value (a body, a pipeline), judged by {@code field}, the nearest field name above it ({@code null} at the top). */
    public static Object value(String field, Object value) {
        if (value instanceof Map<?, ?> map) {
            Document translated = new Document();
            map.forEach((key, item) -> {
                String name = String.valueOf(key);
                translated.put(name, value(name.startsWith("$") ? field : name, item));
            });
            return translated;
        }
        if (value instanceof List<?> list) {
            List<Object> translated = new ArrayList<>(list.size());
            list.forEach(item -> translated.add(value(field, item)));
            return translated;
        }
        if (value instanceof String text && field != null) {
            if (IdFields.isIdField(field) && HEX_24.matcher(text).matches()) {
                return new ObjectId(text);
            }
            if (field.contains("_at") && ISO_DATE_TIME.matcher(text).matches()) {
                return parseDate(text);
            }
        }
        return value;
    }

    private static Object parseDate(String text) {
        try {
            String normalised = COMPACT_OFFSET.matcher(text).matches()
                    ? text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2)
                    : text;
            boolean zoned = normalised.endsWith("Z") || COLON_OFFSET.matcher(normalised).matches();
            return Date.from(zoned
                    ? OffsetDateTime.parse(normalised).toInstant()
                    : LocalDateTime.parse(normalised).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // Looks like a date but is not one (e.g. month 13): keep the caller's string.
            return text;
        }
    }
}
