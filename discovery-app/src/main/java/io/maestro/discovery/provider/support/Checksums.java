package io.maestro.discovery.provider.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code checksum} of a discovered record (0.6: sha1 of the sorted raw payload without {@code ResponseMetadata}):
 * two syncs that read the same provider payload give the same checksum, so Load can skip unchanged records.
 */
public final class Checksums {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Checksums() {
    }

    public static String of(Object rawPayload) {
        try {
            byte[] canonical = JSON.writeValueAsString(canonical(rawPayload)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> {
                if (!"ResponseMetadata".equals(key)) {
                    sorted.put(String.valueOf(key), canonical(item));
                }
            });
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Checksums::canonical).toList();
        }
        return value;
    }
}
