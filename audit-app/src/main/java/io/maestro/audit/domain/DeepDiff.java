package io.maestro.audit.domain;

import java.math.BigDecimal;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * The diffs of audit rows, as Maestro 0.6 computed them with deep-object-diff and lodash.
 *
 * <p>{@link #diff} (PUT, creation) follows deep-object-diff's {@code diff(lhs, rhs)}: keys added or changed in
 * {@code rhs} with their new value, nested objects diffed recursively, keys missing from {@code rhs} shown as
 * {@code null} (0.6 stored {@code undefined}). Arrays are compared position by position like objects keyed by index:
 * the diff of an array is an object whose keys are the changed indexes ({@code {"tags": {"1": {"value": "b"}}}}),
 * an index beyond the new length shows {@code null}. Numbers compare by value ({@code 1} equals {@code 1.0}).
 *
 * <p>{@link #rightHand} (PATCH) lists only the keys of the patch whose value differs from the snapshot. A changed
 * key whose old and new values are both objects shows their {@link #diff}; any other changed key shows the new value
 * (arrays whole).
 */
public final class DeepDiff {

    private DeepDiff() {
    }

    public static Document diff(Map<String, Object> lhs, Map<String, Object> rhs) {
        return (Document) diffValue(lhs, rhs);
    }

    public static Document rightHand(Map<String, Object> patch, Map<String, Object> base) {
        Document changes = new Document();
        patch.forEach((key, value) -> {
            Object old = base.get(key);
            if (base.containsKey(key) && same(old, value)) {
                return;
            }
            changes.put(key, old instanceof Map<?, ?> && value instanceof Map<?, ?> ? diffValue(old, value) : value);
        });
        return changes;
    }

    /** Deep equality with numbers compared by value. */
    public static boolean same(Object left, Object right) {
        if (left instanceof Number a && right instanceof Number b) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (left instanceof Map<?, ?> a && right instanceof Map<?, ?> b) {
            return a.size() == b.size() && a.entrySet().stream()
                    .allMatch(entry -> b.containsKey(entry.getKey()) && same(entry.getValue(), b.get(entry.getKey())));
        }
        if (left instanceof List<?> a && right instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int index = 0; index < a.size(); index++) {
                if (!same(a.get(index), b.get(index))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(left, right);
    }

    private static Object diffValue(Object lhs, Object rhs) {
        if (lhs instanceof Date || rhs instanceof Date) {
            return same(lhs, rhs) ? new Document() : rhs;
        }
        if (!isObject(lhs) || !isObject(rhs)) {
            return same(lhs, rhs) ? new Document() : rhs;
        }
        Map<String, Object> left = entries(lhs);
        Map<String, Object> right = entries(rhs);
        Document changes = new Document();
        left.keySet().stream().filter(key -> !right.containsKey(key)).forEach(key -> changes.put(key, null));
        right.forEach((key, value) -> {
            if (!left.containsKey(key)) {
                changes.put(key, value);
                return;
            }
            Object old = left.get(key);
            Object difference = diffValue(old, value);
            if (isEmptyObject(difference) && (isEmptyObject(old) || !isEmptyObject(value))) {
                return;
            }
            changes.put(key, difference);
        });
        return changes;
    }

    private static boolean isObject(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?>;
    }

    private static boolean isEmptyObject(Object value) {
        return value instanceof Map<?, ?> map && map.isEmpty() || value instanceof List<?> list && list.isEmpty();
    }

    /** An object's entries, or an array's as index → element. */
    private static Map<String, Object> entries(Object value) {
        Map<String, Object> entries = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> entries.put(String.valueOf(key), item));
        } else {
            List<?> list = (List<?>) value;
            for (int index = 0; index < list.size(); index++) {
                entries.put(String.valueOf(index), list.get(index));
            }
        }
        return entries;
    }

    private static BigDecimal decimal(Number number) {
        if (number instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof Double || number instanceof Float) {
            // JSON carries no NaN or infinities, so every stored double has a decimal value.
            return BigDecimal.valueOf(number.doubleValue());
        }
        return new BigDecimal(number.toString());
    }
}
