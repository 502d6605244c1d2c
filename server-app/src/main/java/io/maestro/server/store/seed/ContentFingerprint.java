package io.maestro.server.store.seed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.types.ObjectId;

/**
 * SHA-256 over a canonical text of a document's content fields (bookkeeping fields left out). Keys are sorted and
 * numbers compared by value, so the same content read back from Mongo (or re-typed by a JSON client, e.g. 5 as
 * 5.0) gives the same fingerprint as the seed file.
 */
final class ContentFingerprint {

    private ContentFingerprint() {
    }

    static String of(Map<String, Object> document) {
        Map<String, Object> content = new TreeMap<>();
        document.forEach((key, value) -> {
            if (!SeedFields.BOOKKEEPING.contains(key)) {
                content.put(key, value);
            }
        });
        StringBuilder text = new StringBuilder();
        append(text, content);
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof Map<?, ?> map) {
            text.append('{');
            new TreeMap<>((Map<String, Object>) map).forEach((key, item) -> {
                text.append(quoted(key)).append(':');
                append(text, item);
                text.append(',');
            });
            text.append('}');
        } else if (value instanceof List<?> list) {
            text.append('[');
            list.forEach(item -> {
                append(text, item);
                text.append(',');
            });
            text.append(']');
        } else if (value instanceof String string) {
            text.append(quoted(string));
        } else if (value instanceof Number number) {
            text.append("n:").append(canonicalNumber(number));
        } else if (value instanceof Boolean bool) {
            text.append(bool);
        } else if (value instanceof Date date) {
            text.append("date:").append(date.getTime());
        } else if (value instanceof ObjectId id) {
            text.append("oid:").append(id.toHexString());
        } else {
            text.append(value.getClass().getSimpleName()).append(':').append(quoted(value.toString()));
        }
    }

    private static String canonicalNumber(Number number) {
        BigDecimal decimal = number instanceof Double || number instanceof Float
                ? BigDecimal.valueOf(number.doubleValue())
                : new BigDecimal(number.toString());
        return decimal.stripTrailingZeros().toPlainString();
    }

    private static String quoted(String string) {
        return '"' + string.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
