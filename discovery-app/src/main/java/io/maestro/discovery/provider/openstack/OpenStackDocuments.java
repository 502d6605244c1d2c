package io.maestro.discovery.provider.openstack;

import static io.maestro.discovery.provider.support.Payloads.map;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import io.maestro.discovery.provider.support.Tags;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What every OpenStack translation shares: identity, names that fit Maestro's rules, tags, the datacenter object. */
public final class OpenStackDocuments {

    /** The shortest name Maestro's schemas accept. */
    private static final int SHORTEST_NAME = 3;

    private OpenStackDocuments() {
    }

    /** The record's {@code unique_id}: OpenStack's id of the resource (a UUID for all but flavors), or null. */
    public static String uniqueId(Map<String, Object> resource) {
        String id = text(resource, "id");
        return id == null || id.isBlank() ? null : id;
    }

    /**
     * The record's name: the resource's, else its id (OpenStack names are optional: most ports have none), cut to the
     * entity's longest name.
     */
    public static String name(Map<String, Object> resource, int longest) {
        String name = text(resource, "name");
        if (name == null || name.strip().length() < SHORTEST_NAME) {
            name = uniqueId(resource);
        }
        if (name == null) {
            return null;
        }
        name = name.strip();
        return name.length() > longest ? name.substring(0, longest) : name;
    }

    /** A metadata map ({@code metadata}, {@code properties}) as {@code [{key, value}]}. */
    public static List<Map<String, Object>> metadataTags(Map<String, Object> resource, String path) {
        return map(resource, path).map(Tags::fromMap).orElse(List.of());
    }

    /** Neutron's, Glance's and Octavia's tags, plain names, as {@code [{key: <name>, value: "true"}]}. */
    public static List<Map<String, Object>> nameTags(Map<String, Object> resource) {
        return Payloads.at(resource, "tags") instanceof List<?> names ? Tags.names(names) : List.of();
    }

    /** The {@code datacenters} object: the connection's datacenter and region, the resource's zone and project. */
    public static Documents datacenter(Map<String, Object> resource, TranslationContext context) {
        Object zone = Payloads.first(resource, "OS-EXT-AZ:availability_zone", "availability_zone");
        return Documents.datacenter(context)
                .put("zone", zone instanceof String text && !text.isBlank() ? text : null)
                .put("project_id", Payloads.first(resource, "project_id", "tenant_id", "owner",
                        "os-vol-tenant-attr:tenant_id", "os-extended-snapshot-attributes:project_id"));
    }

    /** OpenStack's states as Maestro shows them: {@code ACTIVE} → {@code Active}, {@code in-use} → {@code In-use}. */
    public static String state(Map<String, Object> resource, String path) {
        String state = text(resource, path);
        return state == null || state.isBlank() ? null : Payloads.capitalise(state.toLowerCase(Locale.ROOT));
    }
}
