package io.maestro.server.domain.resource;

import io.maestro.common.web.ResourceLinks;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/**
 * Stored records as Maestro 0.6 wrote them on the wire: ObjectIds as 24-hex strings (top level, {@code roles[]._id},
 * {@code owner._id}, anywhere) and dates as JavaScript's {@code toISOString()} ({@code 2024-05-01T10:00:00.000Z}).
 * Done here rather than by a JSON module so the answer does not depend on how the mapper is configured.
 */
public final class RecordJson {

    private static final DateTimeFormatter JS_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private RecordJson() {
    }

    /** The record with {@code _links._self} and links on its ACL entries. */
    public static Map<String, Object> single(String entityName, Map<String, ?> record) {
        return ResourceLinks.single(entityName, plain(record));
    }

    public static List<Map<String, Object>> plainAll(List<? extends Map<String, ?>> records) {
        return records.stream().map(RecordJson::plain).toList();
    }

    public static Map<String, Object> plain(Map<String, ?> record) {
        Map<String, Object> plain = new LinkedHashMap<>();
        record.forEach((key, value) -> plain.put(key, value(value)));
        return plain;
    }

    private static Object value(Object value) {
        if (value instanceof ObjectId id) {
            return id.toHexString();
        }
        if (value instanceof Date date) {
            return JS_ISO.format(date.toInstant());
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> nested = new LinkedHashMap<>();
            map.forEach((key, item) -> nested.put(String.valueOf(key), value(item)));
            return nested;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(value(item)));
            return items;
        }
        return value;
    }
}
