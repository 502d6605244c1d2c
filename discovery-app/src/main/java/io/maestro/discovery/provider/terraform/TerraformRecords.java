package io.maestro.discovery.provider.terraform;

import static io.maestro.discovery.provider.support.Documents.document;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import io.maestro.discovery.provider.support.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every Terraform translation writes besides the resource's own fields: where the resource is declared
 * ({@code declared_in}) with the attributes drift compares, the cloud's datacenter, tags, the checksum.
 */
final class TerraformRecords {

    private TerraformRecords() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> attributes(Map<String, Object> item) {
        return item.get("attributes") instanceof Map<?, ?> attributes ? (Map<String, Object>) attributes : Map.of();
    }

    static String text(Map<String, Object> item, String attribute) {
        Object value = attributes(item).get(attribute);
        return value == null || value instanceof Map || value instanceof List ? null : String.valueOf(value);
    }

    /**
     * The one entry of {@code declared_in} this state gives the record: {@code {unique_id: <connection>:<address>,
     * connection, address, state, declared: {size, image, ipv4_private, tags}}} (the drift attributes, those present).
     * Entries are merged by their {@code unique_id}, so a resource declared by two states lists both.
     */
    static Map<String, Object> declaration(Map<String, Object> item, TranslationContext context, Documents declared) {
        String connection = context.connection().id();
        return document()
                .put("unique_id", connection + ":" + item.get("address"))
                .put("connection", connection)
                .put("connection_name", context.connection().name())
                .put("address", item.get("address"))
                .put("state", item.get("state_file"))
                .put("declared", declared)
                .build();
    }

    /** Terraform's tags (a map, or a list of names for DigitalOcean: {@link Tags#names}) as Maestro's {@code [{key, value}]}, by key. */
    static List<Map<String, Object>> tags(Map<String, Object> item, String attribute) {
        Object tags = attributes(item).get(attribute);
        List<Map<String, Object>> keyValues = new ArrayList<>();
        if (tags instanceof Map<?, ?> map) {
            new TreeMap<>(map.entrySet().stream().filter(entry -> entry.getValue() != null)
                    .collect(java.util.stream.Collectors.toMap(entry -> String.valueOf(entry.getKey()),
                            entry -> String.valueOf(entry.getValue()))))
                    .forEach((key, value) -> keyValues.add(Map.of("key", key, "value", value)));
        } else if (tags instanceof List<?> names) {
            keyValues.addAll(Tags.names(names.stream().filter(name -> name != null).map(String::valueOf).sorted()
                    .toList()));
        }
        return keyValues;
    }

    /** The value of a tag, the key matched without regard to case (AWS's {@code Name}). */
    static String tag(Map<String, Object> item, String key) {
        return tags(item, "tags").stream().filter(tag -> key.equalsIgnoreCase(String.valueOf(tag.get("key"))))
                .map(tag -> String.valueOf(tag.get("value"))).filter(value -> !value.isBlank()).findFirst()
                .orElse(null);
    }

    /** The cloud's datacenter: the connection's datacenter, the cloud as provider, its region and zone. */
    static Documents datacenter(TranslationContext context, String cloud, String region, String zone) {
        return document()
                .put("name", context.connection().datacenterName())
                .put("_id", context.connection().datacenterId())
                .put("provider", cloud)
                .put("region", region)
                .put("zone", zone);
    }

    /** {@code eu-west-1a} → {@code eu-west-1}. */
    static String awsRegion(String zone) {
        return zone == null || zone.isEmpty() ? null : zone.replaceAll("[a-z]$", "");
    }

    /** Finishes a record: its checksum is of the item (the state's attributes, secrets already out). */
    static Map<String, Object> record(Documents record, Map<String, Object> item) {
        return record.put("checksum", Checksums.of(item)).build();
    }

    static Object number(Map<String, Object> item, String attribute) {
        Object value = attributes(item).get(attribute);
        return value instanceof Number ? value : null;
    }

    static Object first(Map<String, Object> item, String... attributes) {
        return Payloads.first(attributes(item), attributes);
    }
}
