package io.maestro.discovery.provider.ansible;

import io.maestro.discovery.provider.ProviderException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Get: the hosts of one facts file. Three shapes are read: the output of {@code ansible -m setup} (or
 * {@code --tree}) for one host ({@code {"ansible_facts": {...}}}), a fact-cache file ({@code jsonfile} plugin: the facts
 * themselves, {@code {"ansible_hostname": ..., ...}}), both named after the inventory host, and an object keyed by
 * inventory host whose values are either of those. Each host is one item: {@code {inventory_hostname, ansible_facts}}.
 */
final class AnsibleFactsGet {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private AnsibleFactsGet() {
    }

    /** @throws ProviderException naming the file when it is not JSON or holds no host's facts */
    static List<Map<String, Object>> hosts(String file, byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException unreadable) {
            throw new ProviderException(file + ": not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new ProviderException(file + ": not Ansible facts (a JSON object)");
        }
        List<Map<String, Object>> hosts = new ArrayList<>();
        JsonNode facts = facts(root);
        if (facts != null) {
            hosts.add(host(inventoryName(file), facts));
        } else {
            for (Map.Entry<String, JsonNode> entry : root.properties()) {
                JsonNode hostFacts = facts(entry.getValue());
                if (hostFacts != null) {
                    hosts.add(host(entry.getKey(), hostFacts));
                }
            }
        }
        if (hosts.isEmpty()) {
            throw new ProviderException(file + ": no Ansible facts (expected \"ansible_facts\", a fact cache, or hosts"
                    + " with either)");
        }
        return hosts;
    }

    /** The facts of one host's node, or {@code null} when it is neither setup output nor a fact cache. */
    private static JsonNode facts(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode wrapped = node.get("ansible_facts");
        if (wrapped != null && wrapped.isObject()) {
            return wrapped;
        }
        boolean cached = node.has("ansible_hostname") || node.has("ansible_nodename") || node.has("ansible_os_family");
        return cached ? node : null;
    }

    private static Map<String, Object> host(String inventoryName, JsonNode facts) {
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("inventory_hostname", inventoryName);
        host.put("ansible_facts", JSON.convertValue(facts, OBJECT));
        return host;
    }

    /** The file's name without its directories and a {@code .json} ending: how Ansible names a host's file. */
    static String inventoryName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
