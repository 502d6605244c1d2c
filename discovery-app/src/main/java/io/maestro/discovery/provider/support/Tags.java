package io.maestro.discovery.provider.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Provider tags: AWS-style {@code [{Key, Value}]} lists and plain maps (Azure, DigitalOcean…). */
public final class Tags {

    private Tags() {
    }

    /** 0.6's {@code fctTags}: {@code [{Key, Value}]} → {@code [{key, value}]}, skipping entries without key or value. */
    public static List<Map<String, Object>> keyValues(List<Map<String, Object>> providerTags) {
        List<Map<String, Object>> tags = new ArrayList<>();
        for (Map<String, Object> tag : providerTags) {
            Object key = tag.getOrDefault("Key", tag.get("key"));
            Object value = tag.getOrDefault("Value", tag.get("value"));
            if (key != null && !String.valueOf(key).isEmpty() && value != null && !String.valueOf(value).isEmpty()) {
                tags.add(Map.of("key", String.valueOf(key), "value", String.valueOf(value)));
            }
        }
        return tags;
    }

    /**
     * Tags kept as a map ({@code {"role": "web"}}: OpenStack's metadata, Azure's tags) → {@code [{key, value}]}, in the
     * map's order, skipping empty keys and values.
     */
    public static List<Map<String, Object>> fromMap(Map<String, Object> providerTags) {
        List<Map<String, Object>> tags = new ArrayList<>();
        providerTags.forEach((key, value) -> {
            if (key != null && !key.isEmpty() && value != null && !String.valueOf(value).isEmpty()) {
                tags.add(Map.of("key", key, "value", String.valueOf(value)));
            }
        });
        return tags;
    }

    /**
     * Tags that are names only (DigitalOcean's): {@code [{key: <name>, value: "true"}]}, as a tag's value may not be
     * empty (0.6's rule for {@code tags[]}).
     */
    public static List<Map<String, Object>> names(List<?> names) {
        return names.stream().filter(Objects::nonNull).map(String::valueOf).filter(name -> !name.isBlank())
                .map(name -> Map.<String, Object>of("key", name, "value", "true")).toList();
    }

    /** 0.6's {@code arrCatcher}: the value of the tag whose key matches case-insensitively, capitalised; or null. */
    public static String value(List<Map<String, Object>> providerTags, String key) {
        for (Map<String, Object> tag : providerTags) {
            Object tagKey = tag.getOrDefault("Key", tag.get("key"));
            Object value = tag.getOrDefault("Value", tag.get("value"));
            if (tagKey != null && value != null && String.valueOf(tagKey).trim().equalsIgnoreCase(key)) {
                String text = String.valueOf(value).trim();
                return text.isEmpty() ? null : Payloads.capitalise(text);
            }
        }
        return null;
    }

    /** The comma-separated references of a tag such as {@code applications = "api, billing"}, trimmed, not capitalised. */
    public static List<String> references(List<Map<String, Object>> providerTags, String key) {
        return providerTags.stream()
                .filter(tag -> String.valueOf(tag.getOrDefault("Key", tag.get("key"))).trim().toLowerCase(Locale.ROOT)
                        .equals(key.toLowerCase(Locale.ROOT)))
                .map(tag -> tag.getOrDefault("Value", tag.get("value")))
                .filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(String.valueOf(value).split(",")))
                .map(String::trim)
                .filter(reference -> !reference.isEmpty())
                .distinct()
                .toList();
    }
}
