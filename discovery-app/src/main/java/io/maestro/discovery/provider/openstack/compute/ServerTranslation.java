package io.maestro.discovery.provider.openstack.compute;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.map;
import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.openstack.OpenStackDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.support.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Nova server → a {@code servers} document (§4.3 "OpenStack server"): identified by its id (D1), its addresses per
 * network, cpu and memory from its flavor, the key pair as access, security groups and metadata; status by 0.6's map
 * ({@code REBOOT} → Avaliable, stopped states → Stopped, else Active), inactive once deleted or in error.
 */
public final class ServerTranslation implements ProviderCommand.ItemTranslation {

    private static final int LONGEST_NAME = 100;
    private static final double MB_PER_GIB = 1024.0;
    private static final Set<String> REBOOTING = Set.of("REBOOT", "HARD_REBOOT");
    private static final Set<String> STOPPED = Set.of("STOPPED", "SHUTOFF", "SUSPENDED", "PAUSED", "SHELVED",
            "SHELVED_OFFLOADED");
    private static final Set<String> INACTIVE = Set.of("DELETED", "ERROR", "SOFT_DELETED", "UNKNOWN");

    @Override
    public Map<String, Object> translate(Map<String, Object> server, TranslationContext context) {
        String uniqueId = OpenStackDocuments.uniqueId(server);
        if (uniqueId == null) {
            return null;
        }
        List<Map<String, Object>> addresses = addresses(server);
        List<Map<String, Object>> metadata = OpenStackDocuments.metadataTags(server, "metadata");
        String status = text(server, "status") == null ? "" : text(server, "status").toUpperCase(Locale.ROOT);
        String keyName = text(server, "key_name");
        Documents document = Documents.document()
                .put("name", OpenStackDocuments.name(server, LONGEST_NAME))
                .put("unique_id", uniqueId)
                .put("hostname", firstText(server, "OS-EXT-SRV-ATTR:hostname", "name"))
                .put("role", Tags.value(metadata, "role"))
                .put("environment", Tags.value(metadata, "environment"))
                .put("created_at", text(server, "created"))
                .put("ipv4_private", first(addresses, "fixed", 4))
                .put("ipv4_public", first(addresses, "floating", 4))
                .put("ipv4_all", all(addresses, 4))
                .put("ipv6_all", all(addresses, 6))
                .put("storage", storage(server))
                .put("auth", keyName == null || keyName.isBlank() ? null
                        : List.of(Map.of("name", keyName, "type", "PKI")))
                .put("tags", metadata)
                .put("status", REBOOTING.contains(status) ? "Avaliable"
                        : STOPPED.contains(status) ? "Stopped" : "Active")
                .put("active", !INACTIVE.contains(status))
                .put("metas", Documents.document()
                        .put("addresses", addresses)
                        .put("security_groups", maps(server, "security_groups").stream()
                                .map(group -> text(group, "name")).filter(name -> name != null).distinct().toList())
                        .put("state", text(server, "status"))
                        .put("vm_state", text(server, "OS-EXT-STS:vm_state"))
                        .put("task_state", text(server, "OS-EXT-STS:task_state"))
                        .put("host_id", text(server, "hostId"))
                        .put("user_id", text(server, "user_id"))
                        .put("locked", at(server, "locked")))
                .put("datacenters", OpenStackDocuments.datacenter(server, context)
                        .put("type", "Virtual")
                        .put("instance", text(server, "resolved.flavor.name"))
                        .put("instance_id", uniqueId)
                        .put("flavor_id", text(server, "resolved.flavor.id") != null
                                ? text(server, "resolved.flavor.id") : text(server, "flavor.id"))
                        .put("image_id", text(server, "image.id"))
                        .put("hypervisor", text(server, "OS-EXT-SRV-ATTR:hypervisor_hostname")));
        if (at(server, "resolved.flavor.vcpus") instanceof Number cpus
                && at(server, "resolved.flavor.ram") instanceof Number ram) {
            document.put("cpu", cpus.intValue()).put("memory", ram.doubleValue() / MB_PER_GIB);
        }
        return document.put("checksum", Checksums.of(server)).build();
    }

    /**
     * Nova's {@code addresses} {@code {<network>: [{addr, version, OS-EXT-IPS:type, OS-EXT-IPS-MAC:mac_addr}]}} as a
     * list {@code [{network, addr, version, type, mac_addr}]} (network names are not field names).
     */
    private static List<Map<String, Object>> addresses(Map<String, Object> server) {
        List<Map<String, Object>> addresses = new ArrayList<>();
        map(server, "addresses").ifPresent(networks -> networks.forEach((network, entries) -> {
            if (entries instanceof List<?> list) {
                for (Object entry : list) {
                    if (entry instanceof Map<?, ?> address && address.get("addr") != null) {
                        addresses.add(Documents.document()
                                .put("network", network)
                                .put("addr", String.valueOf(address.get("addr")))
                                .put("version", address.get("version"))
                                .put("type", address.get("OS-EXT-IPS:type"))
                                .put("mac_addr", address.get("OS-EXT-IPS-MAC:mac_addr"))
                                .build());
                    }
                }
            }
        }));
        return addresses;
    }

    private static String first(List<Map<String, Object>> addresses, String type, int version) {
        return addresses.stream()
                .filter(address -> type.equals(address.get("type")) && isVersion(address, version))
                .map(address -> String.valueOf(address.get("addr")))
                .findFirst().orElse(null);
    }

    private static List<String> all(List<Map<String, Object>> addresses, int version) {
        return addresses.stream().filter(address -> isVersion(address, version))
                .map(address -> String.valueOf(address.get("addr"))).distinct().toList();
    }

    private static boolean isVersion(Map<String, Object> address, int version) {
        return address.get("version") instanceof Number number ? number.intValue() == version
                : String.valueOf(address.get("addr")).contains(":") == (version == 6);
    }

    /** The attached volumes, each known by its id, as the volumes are. */
    private static List<Map<String, Object>> storage(Map<String, Object> server) {
        return maps(server, "os-extended-volumes:volumes_attached").stream()
                .filter(volume -> text(volume, "id") != null)
                .map(volume -> Documents.document()
                        .put("name", text(volume, "id"))
                        .put("unique_id", text(volume, "id"))
                        .put("delete_termination", at(volume, "delete_on_termination"))
                        .build())
                .toList();
    }

    private static String firstText(Map<String, Object> server, String... paths) {
        for (String path : paths) {
            String value = text(server, path);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
