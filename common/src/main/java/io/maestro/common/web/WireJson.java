package io.maestro.common.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Stored values as Maestro's JSON, for code that hands documents on as plain maps: ObjectIds as 24-hex strings,
 * dates as ISO-8601 UTC strings, decimals as numbers.
 */
public final class WireJson {

    private WireJson() {
    }

    public static Object of(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> json = new LinkedHashMap<>();
            map.forEach((key, item) -> json.put(String.valueOf(key), of(item)));
            return json;
        }
        if (value instanceof List<?> list) {
            List<Object> json = new ArrayList<>(list.size());
            list.forEach(item -> json.add(of(item)));
            return json;
        }
        if (value instanceof ObjectId id) {
            return id.toHexString();
        }
        if (value instanceof Date date) {
            return Instant.ofEpochMilli(date.getTime()).toString();
        }
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return value;
    }
}
