package io.maestro.discovery.provider.azure;

import static io.maestro.discovery.provider.support.Payloads.map;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What every Azure translation shares: identity from the resource id, tags, the datacenter object. */
public final class AzureDocuments {

    private AzureDocuments() {
    }

    /**
     * The record's {@code unique_id}: the ARM resource id, lower case. ARM ids are case-insensitive and Azure answers
     * the same resource group in different cases from different APIs; the id is unique across subscriptions (D1).
     */
    public static String uniqueId(Map<String, Object> resource) {
        String id = text(resource, "id");
        return id == null || id.isBlank() ? null : id.toLowerCase(Locale.ROOT);
    }

    /** The resource group named in an ARM id ({@code /subscriptions/…/resourceGroups/<group>/providers/…}). */
    public static String resourceGroup(String resourceId) {
        if (resourceId == null) {
            return null;
        }
        String[] parts = resourceId.split("/");
        for (int index = 0; index + 1 < parts.length; index++) {
            if (parts[index].equalsIgnoreCase("resourceGroups")) {
                return parts[index + 1];
            }
        }
        return null;
    }

    /** The last segment of an ARM id: the resource's name. */
    public static String name(String resourceId) {
        if (resourceId == null || resourceId.isBlank()) {
            return null;
        }
        String trimmed = resourceId.endsWith("/") ? resourceId.substring(0, resourceId.length() - 1) : resourceId;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Azure's tags {@code {"key": "value"}} → {@code [{key, value}]}, skipping empty values. */
    public static List<Map<String, Object>> tags(Map<String, Object> resource) {
        List<Map<String, Object>> tags = new ArrayList<>();
        map(resource, "tags").ifPresent(given -> given.forEach((key, value) -> {
            if (key != null && !key.isEmpty() && value != null && !String.valueOf(value).isEmpty()) {
                tags.add(Map.of("key", key, "value", String.valueOf(value)));
            }
        }));
        return tags;
    }

    /** The value of the tag whose key matches case-insensitively, capitalised (0.6's {@code arrCatcher}). */
    public static String tag(Map<String, Object> resource, String key) {
        for (Map<String, Object> tag : tags(resource)) {
            if (String.valueOf(tag.get("key")).trim().equalsIgnoreCase(key)) {
                return Payloads.capitalise(String.valueOf(tag.get("value")).trim());
            }
        }
        return null;
    }

    /** The {@code datacenters} object: the connection's datacenter and region, the resource's group and zone. */
    public static Documents datacenter(Map<String, Object> resource, TranslationContext context) {
        Object zones = resource.get("zones");
        return Documents.datacenter(context)
                .put("resource_group", resourceGroup(text(resource, "id")))
                .put("zone", zones instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : null);
    }
}
