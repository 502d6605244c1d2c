package io.maestro.discovery.provider.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Turns SDK model objects into JSON-shaped maps with AWS's own member names ({@code InstanceId}, {@code Tags},
 * {@code Placement.AvailabilityZone}), the shape 0.6's boto3 mappings read. Members the response did not carry are left
 * out; timestamps become ISO-8601 text and binary members base64, so a page can travel in a queue message.
 */
public final class AwsPayloads {

    private AwsPayloads() {
    }

    public static Map<String, Object> toMap(SdkPojo pojo) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = plain(field.getValueOrDefault(pojo));
            if (value != null) {
                map.put(field.memberName(), value);
            }
        }
        return map;
    }

    public static List<Map<String, Object>> toMaps(Collection<? extends SdkPojo> pojos) {
        return pojos.stream().map(AwsPayloads::toMap).toList();
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof SdkAutoConstructList<?> || value instanceof SdkAutoConstructMap<?, ?>) {
            return null;
        }
        if (value instanceof SdkPojo pojo) {
            return toMap(pojo);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> items = new ArrayList<>(collection.size());
            collection.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((key, item) -> entries.put(String.valueOf(key), plain(item)));
            return entries;
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof SdkBytes bytes) {
            return java.util.Base64.getEncoder().encodeToString(bytes.asByteArray());
        }
        return value;
    }
}
