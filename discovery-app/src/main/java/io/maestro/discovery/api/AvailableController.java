package io.maestro.discovery.api;

import io.maestro.common.web.NotFoundException;
import io.maestro.discovery.domain.ProviderCatalogue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider catalogue server-app proxies as {@code /providers} (0.6 §4.1): {@code {items: [{value: ...}]}}, listing
 * only providers this discovery runs.
 */
@RestController
class AvailableController {

    private final ProviderCatalogue catalogue;

    AvailableController(ProviderCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** {@code {items: [{value: {providers: [{label, icon, method}]}}]}}, by label. */
    @GetMapping({"/available/info", "/available/info/"})
    Map<String, Object> providers() {
        return items(List.of(Map.of("providers", catalogue.summaries())));
    }

    /** The provider's wizard definition (its {@code info.json}). */
    @GetMapping("/available/info/{provider}")
    Map<String, Object> provider(@PathVariable String provider) {
        return items(List.of(catalogue.info(provider).orElseThrow(() -> unknown(provider))));
    }

    /** Every provider's rules: {@code {items: [{value: {provider, permissions}}]}}. */
    @GetMapping({"/available/rules", "/available/rules/"})
    Map<String, Object> rules() {
        return items(catalogue.allRules().entrySet().stream().map(entry -> {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("provider", entry.getKey());
            value.putAll(entry.getValue());
            return (Object) value;
        }).toList());
    }

    /** The provider's rules: {@code {items: [{value: {permissions: {<task>: [commands]}}}]}}. */
    @GetMapping("/available/rules/{provider}")
    Map<String, Object> rules(@PathVariable String provider) {
        return items(List.of(catalogue.rules(provider).orElseThrow(() -> unknown(provider))));
    }

    static NotFoundException unknown(String provider) {
        return new NotFoundException("Provider " + provider + " not found");
    }

    private static Map<String, Object> items(List<Object> values) {
        return Map.of("items", values.stream().map(value -> Map.of("value", value)).toList());
    }
}
