package io.maestro.discovery.domain;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The providers this discovery serves: exactly the {@link DiscoveryProvider} beans. Each brings its wizard file
 * {@code providers/<name>/info.json} (the dashboard's connection form, 0.6 shape); a provider without one still runs
 * but is not offered in the wizard (logged at start). Its rules (0.6's {@code permission.json}) are generated from
 * its tasks, so they cannot disagree with what it runs.
 */
@Component
public class ProviderCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ProviderCatalogue.class);

    private final Map<String, DiscoveryProvider> providers = new TreeMap<>();
    private final Map<String, Map<String, Object>> infos = new TreeMap<>();

    /** @throws IllegalStateException at start when two providers share a name or an info.json is not JSON */
    public ProviderCatalogue(List<DiscoveryProvider> beans) {
        JsonMapper json = JsonMapper.builder().build();
        for (DiscoveryProvider provider : beans) {
            if (providers.put(provider.name(), provider) != null) {
                throw new IllegalStateException("Two discovery providers are named " + provider.name());
            }
            ClassPathResource resource = new ClassPathResource("providers/" + provider.name() + "/info.json");
            if (resource.exists()) {
                infos.put(provider.name(), readInfo(json, resource));
            } else {
                log.warn("Discovery provider {} has no {}: it is not offered in the connection wizard",
                        provider.name(), resource.getPath());
            }
        }
    }

    private static Map<String, Object> readInfo(JsonMapper json, ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read " + resource.getPath(), e);
        }
    }

    public Optional<DiscoveryProvider> provider(String name) {
        return Optional.ofNullable(providers.get(name));
    }

    /** The commands of {@code task} of {@code provider}, when both exist. */
    public Optional<List<DiscoveryCommand>> commands(String provider, String task) {
        return provider(provider).map(found -> found.tasks().get(task));
    }

    public Optional<DiscoveryCommand> command(String provider, String task, String command) {
        return commands(provider, task).flatMap(commands -> commands.stream()
                .filter(candidate -> candidate.name().equals(command)).findFirst());
    }

    /** The names of every provider's tasks (the keys of a connection's {@code process}). */
    public Set<String> taskNames() {
        Set<String> names = new TreeSet<>();
        providers.values().forEach(provider -> names.addAll(provider.tasks().keySet()));
        return names;
    }

    /** {@code {label, icon, method}} of every provider, by label. */
    public List<Map<String, Object>> summaries() {
        List<Map<String, Object>> summaries = new ArrayList<>();
        infos.values().forEach(info -> {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("label", info.get("label"));
            summary.put("icon", info.get("icon"));
            summary.put("method", info.get("method"));
            summaries.add(summary);
        });
        summaries.sort(Comparator.comparing(summary -> String.valueOf(summary.get("label"))));
        return summaries;
    }

    public Optional<Map<String, Object>> info(String provider) {
        return Optional.ofNullable(infos.get(provider));
    }

    /** Every provider's rules, by provider name. */
    public Map<String, Map<String, Object>> allRules() {
        Map<String, Map<String, Object>> rules = new LinkedHashMap<>();
        providers.keySet().forEach(name -> rules.put(name, rules(name).orElseThrow()));
        return rules;
    }

    /**
     * {@code {permissions: {<task>: [{command, entity, key_comparer, family?, provider?, init_job}]}}}: server-app creates
     * one scheduler per task whose first command has {@code init_job}.
     */
    public Optional<Map<String, Object>> rules(String provider) {
        return provider(provider).map(found -> {
            Map<String, Object> permissions = new LinkedHashMap<>();
            found.tasks().forEach((task, commands) -> permissions.put(task, commands.stream().map(command -> {
                CommandTarget target = command.target();
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("command", command.name());
                rule.put("entity", target.entity());
                rule.put("key_comparer", target.key());
                if (target.family() != null) {
                    rule.put("family", target.family());
                }
                if (target.provider() != null) {
                    rule.put("provider", target.provider());
                }
                rule.put("init_job", true);
                return rule;
            }).toList()));
            return Map.of("permissions", permissions);
        });
    }
}
