package io.maestro.discovery.provider.ansible;

import static io.maestro.discovery.provider.support.Documents.document;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translate: one host's facts → a server (0.6 Ansible mapping, §4.3). The environment ({@code ansible_env}) is not
 * stored: it often holds tokens and passwords (compatibility.md S30). The checksum is of the translated server, so the
 * facts that change on every run (uptime, free memory, the clock) do not rewrite an unchanged host.
 */
final class AnsibleServerTranslation {

    private AnsibleServerTranslation() {
    }

    static Map<String, Object> server(Map<String, Object> host, TranslationContext context) {
        Map<String, Object> facts = AnsibleHosts.facts(host);
        boolean windows = "Windows".equalsIgnoreCase(Payloads.text(facts, "ansible_os_family"));
        Map<String, Object> server = document()
                .put("unique_id", AnsibleHosts.identity(host, context.connection()))
                .put("name", AnsibleHosts.name(host))
                .put("hostname", Payloads.first(facts, "ansible_nodename", "ansible_hostname"))
                .put("dns_private", Payloads.text(facts, "ansible_fqdn"))
                .put("ipv4_private", Payloads.text(facts, "ansible_default_ipv4.address"))
                .put("ipv4_all", facts.get("ansible_all_ipv4_addresses"))
                .put("ipv6_all", facts.get("ansible_all_ipv6_addresses"))
                .put("os", document()
                        .put("base", windows ? "Windows" : Payloads.text(facts, "ansible_system"))
                        .put("dist", Payloads.text(facts, "ansible_distribution"))
                        .put("version", Payloads.text(facts, "ansible_distribution_version"))
                        .put("major_version", Payloads.text(facts, "ansible_distribution_major_version"))
                        .put("variety", Payloads.text(facts, "ansible_os_family"))
                        .put("file_path", Payloads.text(facts, "ansible_distribution_file_path")))
                .put("cpu", vcpus(facts))
                .put("memory", gigabytes(facts.get("ansible_memtotal_mb"), 1024))
                .put("storage", mounts(facts))
                .put("service_mgr", Payloads.text(facts, "ansible_service_mgr"))
                .put("pkg_mgr", Payloads.text(facts, "ansible_pkg_mgr"))
                .put("dns", facts.get("ansible_dns"))
                .put("network_interface", interfaces(facts))
                .put("auth", user(facts))
                .put("metas", document()
                        .put("inventory_hostname", host.get("inventory_hostname"))
                        .put("ipv6_default", Payloads.text(facts, "ansible_default_ipv6.address"))
                        .put("kernel", Payloads.text(facts, "ansible_kernel"))
                        .put("architecture", Payloads.text(facts, "ansible_architecture"))
                        .put("machine_id", Payloads.text(facts, "ansible_machine_id"))
                        .put("product_uuid", Payloads.text(facts, "ansible_product_uuid")))
                .put("datacenters", Documents.datacenter(context)
                        .put("type", "guest".equals(Payloads.text(facts, "ansible_virtualization_role"))
                                ? "Virtual" : null)
                        .put("virtualization_type", Payloads.text(facts, "ansible_virtualization_type"))
                        .put("product_name", Payloads.text(facts, "ansible_product_name")))
                .put("status", "Active")
                .build();
        server.put("checksum", Checksums.of(server));
        return server;
    }

    /** {@code ansible_processor_vcpus}, else processors × cores × threads per core. */
    private static Object vcpus(Map<String, Object> facts) {
        if (facts.get("ansible_processor_vcpus") instanceof Number vcpus) {
            return vcpus.intValue();
        }
        if (facts.get("ansible_processor_count") instanceof Number count
                && facts.get("ansible_processor_cores") instanceof Number cores) {
            int threads = facts.get("ansible_processor_threads_per_core") instanceof Number perCore
                    ? perCore.intValue() : 1;
            return count.intValue() * cores.intValue() * threads;
        }
        return null;
    }

    /** A number of units as GB, two decimals ({@code memtotal_mb} / 1024, bytes / 1024³). */
    static Double gigabytes(Object amount, double perGigabyte) {
        if (!(amount instanceof Number number) || number.doubleValue() <= 0) {
            return null;
        }
        return BigDecimal.valueOf(number.doubleValue() / perGigabyte).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code ansible_mounts} → storage: one entry per mount point, its size in GB. */
    private static List<Map<String, Object>> mounts(Map<String, Object> facts) {
        List<Map<String, Object>> storage = new ArrayList<>();
        for (Map<String, Object> mount : Payloads.maps(facts, "ansible_mounts")) {
            String point = Payloads.text(mount, "mount");
            if (point == null || storage.stream().anyMatch(entry -> point.equals(entry.get("name")))) {
                continue;
            }
            storage.add(document()
                    .put("name", point)
                    .put("mount", point)
                    .put("device_name", Payloads.text(mount, "device"))
                    .put("ftype", Payloads.text(mount, "fstype"))
                    .put("size", gigabytes(mount.get("size_total"), 1024d * 1024 * 1024))
                    .build());
        }
        return storage;
    }

    /**
     * The network interfaces: on Linux the names of {@code ansible_interfaces} with their details in
     * {@code ansible_<interface>}; on Windows {@code ansible_interfaces} lists the adapters themselves.
     */
    private static List<Map<String, Object>> interfaces(Map<String, Object> facts) {
        List<Map<String, Object>> interfaces = new ArrayList<>();
        if (facts.get("ansible_interfaces") instanceof List<?> names) {
            for (Object name : names.stream().filter(String.class::isInstance).toList()) {
                Map<String, Object> details = Payloads.map(facts, "ansible_" + String.valueOf(name).replace('-', '_'))
                        .orElse(Map.of());
                interfaces.add(document()
                        .put("name", String.valueOf(name))
                        .put("macaddress", details.get("macaddress"))
                        .put("ipv4", Payloads.text(details, "ipv4.address"))
                        .put("active", details.get("active"))
                        .build());
            }
        }
        for (Map<String, Object> adapter : Payloads.maps(facts, "ansible_interfaces")) {
            interfaces.add(document()
                    .put("name", Payloads.first(adapter, "connection_name", "interface_name"))
                    .put("macaddress", adapter.get("macaddress"))
                    .put("default_gateway", Payloads.text(adapter, "default_gateway"))
                    .build());
        }
        return interfaces;
    }

    /** The user the facts were gathered as (0.6's {@code auth}). */
    private static List<Map<String, Object>> user(Map<String, Object> facts) {
        String user = Payloads.text(facts, "ansible_user_id");
        return user == null ? List.of() : List.of(Map.of("name", user, "username", user, "type", "User"));
    }
}
