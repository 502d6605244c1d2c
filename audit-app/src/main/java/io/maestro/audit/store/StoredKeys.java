package io.maestro.audit.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Keys of audited bodies as the audit store keeps them. An inventory record may hold any JSON key in its free-form
 * fields ({@code metas: {"$x": 1, "a.b": 2}}), but a key starting with {@code $} or holding a dot is an operator or a
 * path to the store, and a NUL cannot be in a BSON key at all. So every key of a body, snapshot or state is written
 * with {@code %} → {@code %25}, {@code $} → {@code %24}, {@code .} → {@code %2E}, NUL → {@code %00}, and read back
 * as it was sent; keys without those characters are stored unchanged.
 *
 * <p>Documents written this way carry {@value #MARKER}: rows and snapshots written before it are read as they are,
 * so a key that happened to contain {@code %2E} then is not mistaken for an escaped dot.
 */
final class StoredKeys {

    /** Set on rows and snapshots whose keys are escaped. */
    static final String MARKER = "keys_escaped";

    /** The escape character itself, then what the store cannot take in a key. */
    private static final String ESCAPED = "%$.\0";

    private StoredKeys() {
    }

    /** The document with its keys escaped: itself when none needs it (the usual case), else a copy. */
    static Document escaped(Document document) {
        return anyKeyNeedsEscape(document) ? (Document) convert(document, true) : document;
    }

    private static boolean anyKeyNeedsEscape(Object value) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (needsEscape(String.valueOf(entry.getKey())) || anyKeyNeedsEscape(entry.getValue())) {
                    return true;
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                if (anyKeyNeedsEscape(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Document unescaped(Document document) {
        return (Document) convert(document, false);
    }

    private static Object convert(Object value, boolean escape) {
        if (value instanceof Map<?, ?> map) {
            Document converted = new Document();
            map.forEach((key, item) -> converted.put(escape ? escape(String.valueOf(key)) : unescape(String.valueOf(key)),
                    convert(item, escape)));
            return converted;
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(item -> converted.add(convert(item, escape)));
            return converted;
        }
        return value;
    }

    private static String escape(String key) {
        if (!needsEscape(key)) {
            return key;
        }
        StringBuilder escaped = new StringBuilder(key.length());
        for (int index = 0; index < key.length(); index++) {
            char character = key.charAt(index);
            if (ESCAPED.indexOf(character) >= 0) {
                escaped.append('%').append(String.format("%02X", (int) character));
            } else {
                escaped.append(character);
            }
        }
        return escaped.toString();
    }

    private static boolean needsEscape(String key) {
        for (int index = 0; index < key.length(); index++) {
            if (ESCAPED.indexOf(key.charAt(index)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Every {@code %} of an escaped key starts the two hex digits of the character it stands for. */
    private static String unescape(String key) {
        if (key.indexOf('%') < 0) {
            return key;
        }
        StringBuilder plain = new StringBuilder(key.length());
        for (int index = 0; index < key.length(); index++) {
            char character = key.charAt(index);
            if (character == '%') {
                plain.append((char) Integer.parseInt(key, index + 1, index + 3, 16));
                index += 2;
            } else {
                plain.append(character);
            }
        }
        return plain.toString();
    }
}
