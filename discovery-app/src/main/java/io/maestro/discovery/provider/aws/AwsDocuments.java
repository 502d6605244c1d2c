package io.maestro.discovery.provider.aws;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import io.maestro.discovery.provider.support.Tags;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Fields every AWS translation shares (0.6's {@code RulerAWS}): datacenters, tags, the state → status/active maps. */
public final class AwsDocuments {

    private AwsDocuments() {
    }

    /**
     * 0.6's {@code fctDcApp}, the {@code datacenters} of an AWS resource other than an instance: the connection's datacenter and
     * region, {@code zone} as a list of zone names (from {@code AvailabilityZones} or {@code AvailabilityZone}) and the
     * placement details the payload carries (load balancers' listeners and policies, cache clusters' groups…).
     */
    public static Documents resourceDatacenter(Map<String, Object> resource, TranslationContext context) {
        Object zones = Payloads.first(resource, "AvailabilityZones", "AvailabilityZone");
        return Documents.datacenter(context)
                .put("zone", zoneNames(zones))
                .put("subnet_zones", zones)
                .put("security_groups", at(resource, "SecurityGroups"))
                .put("canonical_hosted_zone_name", text(resource, "CanonicalHostedZoneName"))
                .put("canonical_hosted_zone_name_id", text(resource, "CanonicalHostedZoneNameID"))
                .put("listener_descriptions", at(resource, "ListenerDescriptions"))
                .put("policies", at(resource, "Policies"))
                .put("cloudwatch_monitoring", text(resource, "Monitoring.State"))
                .put("cache_security_groups", at(resource, "CacheSecurityGroups"))
                .put("cache_parameter_group", at(resource, "CacheParameterGroup"));
    }

    /** Zone names from one zone, a list of names (classic ELB) or a list of {@code {ZoneName, SubnetId…}} (ELBv2). */
    static List<String> zoneNames(Object zones) {
        if (zones instanceof String zone) {
            return List.of(zone);
        }
        List<String> names = new ArrayList<>();
        if (zones instanceof Collection<?> list) {
            for (Object zone : list) {
                Object name = zone instanceof Map<?, ?> described ? described.get("ZoneName") : zone;
                if (name != null && !String.valueOf(name).isEmpty()) {
                    names.add(String.valueOf(name));
                }
            }
        }
        return names;
    }

    /** 0.6's {@code fctTags} of the {@code Tags} member: {@code [{key, value}]}, entries lacking key or value left out. */
    public static List<Map<String, Object>> tags(Map<String, Object> resource) {
        return tags(resource, "Tags");
    }

    /** As {@link #tags(Map)}, for resources whose tags are another member (network interfaces: {@code TagSet}). */
    public static List<Map<String, Object>> tags(Map<String, Object> resource, String member) {
        return Tags.keyValues(maps(resource, member));
    }

    /** A tag's value (key matched case-insensitively, value capitalised), e.g. {@code Name}, {@code Environment}. */
    public static String tag(Map<String, Object> resource, String key) {
        return tag(resource, "Tags", key);
    }

    public static String tag(Map<String, Object> resource, String member, String key) {
        return Tags.value(maps(resource, member), key);
    }

    /** 0.6's {@code fctStorageImage}: block device mappings of an image or a launch configuration. */
    public static List<Map<String, Object>> imageStorage(Map<String, Object> resource) {
        List<Map<String, Object>> storage = new ArrayList<>();
        for (Map<String, Object> mapping : maps(resource, "BlockDeviceMappings")) {
            storage.add(Documents.document()
                    .put("name", text(mapping, "DeviceName"))
                    .put("virtual_name", text(mapping, "VirtualName"))
                    .put("delete_termination", at(mapping, "Ebs.DeleteOnTermination"))
                    .put("iops", at(mapping, "Ebs.Iops"))
                    .put("kms_key_id", text(mapping, "Ebs.KmsKeyId"))
                    .put("snapshot_id", text(mapping, "Ebs.SnapshotId"))
                    .put("volume_size", at(mapping, "Ebs.VolumeSize"))
                    .put("volume_type", text(mapping, "Ebs.VolumeType"))
                    .build());
        }
        return storage;
    }

    /** {@code status} as 0.6 stored it: the provider's state with a capital first letter. */
    public static String status(Map<String, Object> resource, String path) {
        return Payloads.capitalise(text(resource, path));
    }

    /** The state in lower case, for comparing with AWS's state names whatever casing the API used. */
    public static String state(Map<String, Object> resource, String path) {
        String state = text(resource, path);
        return state == null ? null : state.toLowerCase(Locale.ROOT);
    }

    /** 0.6's {@code active} rule: false when the state is one of those that mean gone or broken, else true. */
    public static boolean active(String lowerCaseState, Collection<String> inactiveStates) {
        return lowerCaseState == null || !inactiveStates.contains(lowerCaseState);
    }
}
