package io.maestro.discovery.provider.ansible;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.Payloads;
import java.util.Locale;
import java.util.Map;

/** What both Ansible translations read of a host item: its facts, and who it is. */
final class AnsibleHosts {

    private AnsibleHosts() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> facts(Map<String, Object> host) {
        return host.get("ansible_facts") instanceof Map<?, ?> facts ? (Map<String, Object>) facts : Map.of();
    }

    /**
     * The host's identity: its product (SMBIOS) UUID, which is also the id OpenStack and VMware give the machine, else
     * its machine id, lower-cased; only a host whose facts carry neither is known by its inventory name within the
     * connection ({@code ansible:<connection>:<name>}). So the same host in two files, or imported twice, is one record.
     */
    static String identity(Map<String, Object> host, SyncConnection connection) {
        Map<String, Object> facts = facts(host);
        for (String fact : new String[] {"ansible_product_uuid", "ansible_machine_id"}) {
            String value = Payloads.text(facts, fact);
            if (value != null && !value.isBlank() && !"NA".equalsIgnoreCase(value.trim())) {
                return value.trim().toLowerCase(Locale.ROOT);
            }
        }
        return "ansible:" + connection.id() + ":" + host.get("inventory_hostname");
    }

    /** {@code ansible_hostname}, else the inventory's name for the host (0.6's fallbackName). */
    static String name(Map<String, Object> host) {
        String hostname = Payloads.text(facts(host), "ansible_hostname");
        return hostname == null || hostname.isBlank() ? String.valueOf(host.get("inventory_hostname")) : hostname;
    }
}
