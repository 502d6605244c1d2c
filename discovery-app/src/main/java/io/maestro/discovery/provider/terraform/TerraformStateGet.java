package io.maestro.discovery.provider.terraform;

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
 * Get: the managed resource instances of one {@code terraform.tfstate} (format version 4, Terraform 0.12 and later),
 * across modules and {@code count}/{@code for_each}. Each instance is one item:
 * {@code {address, module, type, name, index_key, state_file, attributes}}, its attributes without any sensitive value
 * ({@link TerraformSecrets}); outputs, data sources and the providers' {@code private} blobs are never read into an item.
 */
final class TerraformStateGet {

    static final int FORMAT_VERSION = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private TerraformStateGet() {
    }

    /** @throws ProviderException naming the file when it is not JSON, not a state, or of an older format */
    static List<Map<String, Object>> resources(String file, byte[] content) {
        JsonNode state;
        try {
            state = JSON.readTree(content);
        } catch (JacksonException unreadable) {
            throw new ProviderException(file + ": not valid JSON");
        }
        if (state == null || !state.isObject() || !state.path("version").isNumber()) {
            throw new ProviderException(file + ": not a Terraform state (no \"version\")");
        }
        int version = state.path("version").asInt();
        if (version < FORMAT_VERSION) {
            throw new ProviderException(file + ": state format version " + version + " (Terraform 0.11 or older) is not"
                    + " read; Maestro reads version " + FORMAT_VERSION + " (Terraform 0.12 or later): run terraform"
                    + " 0.12 or later on it (terraform state pull) and import the state it writes");
        }
        if (version > FORMAT_VERSION) {
            throw new ProviderException(file + ": state format version " + version + " is newer than Maestro reads ("
                    + FORMAT_VERSION + ")");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonNode resource : state.path("resources")) {
            if (!"managed".equals(resource.path("mode").asString(""))) {
                continue;
            }
            String module = resource.path("module").asString("");
            String type = resource.path("type").asString("");
            String name = resource.path("name").asString("");
            for (JsonNode instance : resource.path("instances")) {
                JsonNode indexKey = instance.get("index_key");
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("address", address(module, type, name, indexKey));
                if (!module.isEmpty()) {
                    item.put("module", module);
                }
                item.put("type", type);
                item.put("name", name);
                if (indexKey != null && !indexKey.isNull()) {
                    item.put("index_key", indexKey.isNumber() ? indexKey.asInt() : indexKey.asString());
                }
                item.put("state_file", file);
                Map<String, Object> attributes = instance.path("attributes").isObject()
                        ? JSON.convertValue(instance.path("attributes"), OBJECT) : new LinkedHashMap<>();
                item.put("attributes", TerraformSecrets.withoutSecrets(attributes, instance.path("sensitive_attributes")));
                items.add(item);
            }
        }
        return items;
    }

    /** The address Terraform prints: {@code module.net.aws_instance.web[0]}, {@code aws_instance.web["a"]}. */
    static String address(String module, String type, String name, JsonNode indexKey) {
        StringBuilder address = new StringBuilder();
        if (!module.isEmpty()) {
            address.append(module).append('.');
        }
        address.append(type).append('.').append(name);
        if (indexKey != null && !indexKey.isNull()) {
            address.append('[').append(indexKey.isNumber() ? indexKey.asString() : "\"" + indexKey.asString() + "\"")
                    .append(']');
        }
        return address.toString();
    }
}
