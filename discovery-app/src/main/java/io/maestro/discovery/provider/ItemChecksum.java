package io.maestro.discovery.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code checksum} of what a provider returned for a record (0.6: sha1 of the payload with its keys sorted): the
 * same item gives the same checksum whatever the order of its fields, so an unchanged record is recognised and not
 * rewritten.
 */
public final class ItemChecksum {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ItemChecksum() {
    }

    public static String of(Map<String, ?> item) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(CANONICAL.writeValueAsString(item).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
