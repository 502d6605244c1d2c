package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import io.maestro.discovery.provider.support.Tags;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every AWS managed service shares when it becomes an {@code applications} document: the family and provider
 * label of its command's target, {@code own: 1} (provider-managed), the {@code datacenters} object (0.6's
 * {@code fctDcApp}) and the checksum of the raw item. {@code roles}, {@code owner} and {@code accountant} are stamped
 * by Load.
 */
final class AwsApplications {

    /** Lambda writes its times as {@code 2025-06-03T15:20:40.215+0000}, not as ISO-8601 instants. */
    private static final DateTimeFormatter LAMBDA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private AwsApplications() {
    }

    /** The common part of the application made of one AWS item. */
    static Documents application(CommandTarget target, Map<String, Object> item, TranslationContext context) {
        return application(target, item, item, context);
    }

    /** The common part of an application folded from several items; {@code raw} is what the checksum is taken of. */
    static Documents application(CommandTarget target, Map<String, Object> item, Object raw,
            TranslationContext context) {
        return Documents.document()
                .put("family", target.family())
                .put("provider", target.provider())
                .put("own", 1)
                .put("datacenters", datacenter(item, context))
                .put("checksum", Checksums.of(raw));
    }

    /** 0.6's {@code fctDcApp}: the connection's datacenter and region plus the placement fields the item carries. */
    static Documents datacenter(Map<String, Object> item, TranslationContext context) {
        Object zones = Payloads.first(item, "AvailabilityZones", "AvailabilityZone");
        return Documents.datacenter(context)
                .put("zone", zoneNames(zones))
                .put("subnet_zones", zones)
                .put("security_groups", Payloads.at(item, "SecurityGroups"))
                .put("canonical_hosted_zone_name", Payloads.at(item, "CanonicalHostedZoneName"))
                .put("canonical_hosted_zone_name_id", Payloads.at(item, "CanonicalHostedZoneNameID"))
                .put("listener_descriptions", Payloads.at(item, "ListenerDescriptions"))
                .put("policies", Payloads.at(item, "Policies"))
                .put("cloudwatch_monitoring", Payloads.at(item, "Monitoring.State"))
                .put("cache_security_groups", Payloads.at(item, "CacheSecurityGroups"))
                .put("cache_parameter_group", Payloads.at(item, "CacheParameterGroup"));
    }

    /** Zone names from one zone, a list of names (classic ELB) or a list of {@code {ZoneName, SubnetId…}} (ELBv2). */
    static List<String> zoneNames(Object zones) {
        List<String> names = new ArrayList<>();
        if (zones instanceof String zone) {
            names.add(zone);
        } else if (zones instanceof List<?> list) {
            for (Object zone : list) {
                Object name = zone instanceof Map<?, ?> map ? map.get("ZoneName") : zone;
                if (name != null && !String.valueOf(name).isEmpty()) {
                    names.add(String.valueOf(name));
                }
            }
        }
        return names;
    }

    /**
     * A Lambda time as an ISO-8601 instant ({@code 2025-06-03T15:20:40.215Z}), like every other AWS time in the
     * inventory; a value in another form is kept as it is.
     */
    static String lambdaTime(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(String.valueOf(value), LAMBDA_TIME).toInstant().toString();
        } catch (DateTimeParseException e) {
            return String.valueOf(value);
        }
    }

    /** {@code status} as 0.6 stored it: the provider's state with a capital first letter. */
    static String status(Map<String, Object> item, String path) {
        return Payloads.capitalise(Payloads.text(item, path));
    }

    /** {@code active}: false when the state at the path is one of the given inactive states, else (or absent) true. */
    static boolean activeUnless(Map<String, Object> item, String path, Set<String> inactiveStates) {
        String state = Payloads.text(item, path);
        return state == null || !inactiveStates.contains(state);
    }

    /** {@code tags} ({@code [{key, value}]}) and {@code environment} (the {@code environment} tag) of AWS tag lists. */
    static Documents withTags(Documents document, List<Map<String, Object>> providerTags) {
        return document
                .put("tags", Tags.keyValues(providerTags))
                .put("environment", Tags.value(providerTags, "environment"));
    }
}
