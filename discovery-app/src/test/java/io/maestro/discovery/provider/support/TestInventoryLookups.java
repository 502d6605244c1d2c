package io.maestro.discovery.provider.support;

import io.maestro.discovery.provider.InventoryLookups;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inventory lookups backed by maps: public flavors by {@code api_name}, the owner's applications. */
public record TestInventoryLookups(Map<String, Map<String, Object>> flavors, List<Map<String, Object>> applications)
        implements InventoryLookups {

    @Override
    public Optional<Map<String, Object>> publicFlavor(String apiName) {
        return Optional.ofNullable(flavors.get(apiName));
    }

    @Override
    public List<Map<String, Object>> ownerApplications(Collection<String> namesOrIds) {
        return applications.stream()
                .filter(app -> namesOrIds.contains(app.get("name")) || namesOrIds.contains(app.get("_id")))
                .toList();
    }
}
