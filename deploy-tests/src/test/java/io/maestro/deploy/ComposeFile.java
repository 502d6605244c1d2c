package io.maestro.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A compose file as {@code docker compose} reads it: YAML with merge keys ({@code <<}) and compose's own tags
 * ({@code !reset}, {@code !override}), then {@code ${VAR}} interpolation from the variables of an {@code .env} file.
 */
final class ComposeFile {

    /** {@code $$}, {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?error}}, {@code ${NAME?error}}. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private final Map<String, Object> document;

    private ComposeFile(Map<String, Object> document) {
        this.document = document;
    }

    /** The file as written, variables not replaced. */
    static ComposeFile raw(Path file) throws IOException {
        return new ComposeFile(load(Files.readString(file)));
    }

    /** The file with every {@code ${...}} replaced from {@code variables}; a {@code :?} one that is unset fails. */
    static ComposeFile interpolated(Path file, Map<String, String> variables) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) interpolateValues(load(Files.readString(file)), variables);
        return new ComposeFile(document);
    }

    /** Compose replaces variables in values, after parsing (a comment's {@code ${...}} is nothing). */
    private static Object interpolateValues(Object node, Map<String, String> variables) {
        if (node instanceof String text) {
            return interpolate(text, variables);
        }
        if (node instanceof Map<?, ?> entries) {
            Map<Object, Object> result = new LinkedHashMap<>();
            entries.forEach((key, value) -> result.put(key, interpolateValues(value, variables)));
            return result;
        }
        if (node instanceof List<?> items) {
            return items.stream().map(item -> interpolateValues(item, variables)).toList();
        }
        return node;
    }

    Map<String, Object> document() {
        return document;
    }

    Map<String, Map<String, Object>> services() {
        return map(document.get("services"));
    }

    Map<String, Object> service(String name) {
        Map<String, Object> service = services().get(name);
        if (service == null) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** The service's {@code environment}, as a map (compose also allows a list of {@code NAME=value}). */
    Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((name, value) -> variables.put(name.toString(), value == null ? "" : value.toString()));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] pair = entry.toString().split("=", 2);
                variables.put(pair[0], pair.length == 2 ? pair[1] : "");
            }
        }
        return variables;
    }

    /** Container paths of the service's volumes. */
    List<String> volumeTargets(String service) {
        List<String> targets = new ArrayList<>();
        for (Object volume : list(service(service).get("volumes"))) {
            String[] parts = volume.toString().split(":");
            targets.add(parts[1]);
        }
        return targets;
    }

    /** Published ports as {@code host port → container port}. */
    Map<Integer, Integer> publishedPorts(String service) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        for (Object port : list(service(service).get("ports"))) {
            String[] parts = port.toString().split(":");
            ports.put(Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
        }
        return ports;
    }

    static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        return list;
    }

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> map(Object value) {
        return value == null ? Map.of() : (Map<String, V>) value;
    }

    static String interpolate(String text, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(value(matcher, variables)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String value(Matcher variable, Map<String, String> variables) {
        if (variable.group().equals("$$")) {
            return "$";
        }
        String name = variable.group(1);
        String operator = variable.group(2);
        String value = variables.get(name);
        boolean unset = operator != null && operator.startsWith(":") ? value == null || value.isEmpty() : value == null;
        if (operator == null || !unset) {
            return value == null ? "" : value;
        }
        if (operator.endsWith("?")) {
            throw new AssertionError("${" + name + "} is required: " + variable.group(3));
        }
        return variable.group(3);
    }

    private static Map<String, Object> load(String yaml) {
        return new Yaml(new ComposeTags(new LoaderOptions())).load(yaml);
    }

    /** Compose's {@code !reset} and {@code !override} read as the value they tag. */
    private static final class ComposeTags extends SafeConstructor {
        ComposeTags(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    if (node instanceof MappingNode mapping) {
                        return constructMapping(mapping);
                    }
                    if (node instanceof SequenceNode sequence) {
                        return constructSequence(sequence);
                    }
                    return constructScalar((ScalarNode) node);
                }
            });
        }
    }
}
