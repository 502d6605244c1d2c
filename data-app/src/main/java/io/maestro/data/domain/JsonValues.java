package io.maestro.data.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request JSON as BSON values: objects become {@link Document}s (key order kept), arrays {@link List}s. Nothing is
 * interpreted (no extended-JSON {@code $oid}/{@code $date}); the 0.6 translation rules live in {@link LegacyTranslation}.
 */
public final class JsonValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonValues() {
    }

    /** Parses {@code text}; broken JSON is a 400 naming {@code what}. */
    public static Object parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw DataRequestException.badRequest(what + " is empty");
        }
        try {
            return toBson(JSON.readValue(text, Object.class));
        } catch (JacksonException e) {
            throw DataRequestException.badRequest(what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A JSON object given either as an object or, as Maestro 0.6 callers do, as a string holding JSON. */
    public static Document object(Object value, String what) {
        Object parsed = value instanceof String text ? parse(text, what) : value;
        if (parsed instanceof Document document) {
            return document;
        }
        throw DataRequestException.badRequest(what + " must be a JSON object");
    }

    /** A JSON array given either as an array or as a string holding JSON. */
    public static List<Object> array(Object value, String what) {
        Object parsed = value instanceof String text ? parse(text, what) : value;
        if (parsed instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        throw DataRequestException.badRequest(what + " must be a JSON array");
    }

    /** Request body that must be a JSON object. */
    public static Document body(String text) {
        return object(parse(text, "request body"), "request body");
    }

    private static Object toBson(Object value) {
        if (value instanceof Map<?, ?> map) {
            Document document = new Document();
            map.forEach((key, item) -> document.put(String.valueOf(key), toBson(item)));
            return document;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(toBson(item)));
            return items;
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : new Decimal128(new BigDecimal(big));
        }
        if (value instanceof BigDecimal decimal) {
            return new Decimal128(decimal);
        }
        return value;
    }
}
