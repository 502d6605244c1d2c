package io.maestro.discovery.provider.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Takes every sensitive value out of a resource instance's attributes before they leave the Get (so no queue message,
 * record or log line holds one; compatibility.md S30): the paths Terraform lists in {@code sensitive_attributes}, and
 * any attribute, at any depth, named like a secret (a password, a token, a private key, user data).
 */
final class TerraformSecrets {

    /** Attribute names that hold secrets whatever the provider's schema says. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|secret|token|private_key|privatekey|access_key|credential|user_data|custom_data"
                    + "|connection_string|auth_key|api_key|certificate_key).*");

    private TerraformSecrets() {
    }

    static Map<String, Object> withoutSecrets(Map<String, Object> attributes, JsonNode sensitivePaths) {
        Map<String, Object> clean = clean(attributes);
        for (JsonNode path : sensitivePaths) {
            List<JsonNode> steps = new ArrayList<>();
            (path.isArray() ? path : path.path("path")).forEach(steps::add);
            remove(clean, steps, 0);
        }
        return clean;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> clean(Map<String, Object> attributes) {
        Map<String, Object> clean = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (!SECRET_NAME.matcher(name).matches()) {
                clean.put(name, cleanValue(value));
            }
        });
        return clean;
    }

    @SuppressWarnings("unchecked")
    private static Object cleanValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return clean((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> clean = new ArrayList<>();
            list.forEach(element -> clean.add(cleanValue(element)));
            return clean;
        }
        return value;
    }

    /** Removes the value at a sensitive path ({@code [{type: get_attr, value: name} | {type: index, value: key}]}). */
    @SuppressWarnings("unchecked")
    private static void remove(Object container, List<JsonNode> steps, int at) {
        if (at >= steps.size()) {
            return;
        }
        JsonNode step = steps.get(at);
        JsonNode key = step.path("value");
        boolean last = at == steps.size() - 1;
        if (container instanceof Map<?, ?> map) {
            Map<String, Object> fields = (Map<String, Object>) map;
            String name = key.isNumber() ? key.asString() : key.asString("");
            if (last) {
                fields.remove(name);
            } else {
                remove(fields.get(name), steps, at + 1);
            }
        } else if (container instanceof List<?> list && key.isNumber()) {
            int index = key.asInt();
            if (index < 0 || index >= list.size()) {
                return;
            }
            if (last) {
                ((List<Object>) list).set(index, null);
            } else {
                remove(list.get(index), steps, at + 1);
            }
        }
    }
}
