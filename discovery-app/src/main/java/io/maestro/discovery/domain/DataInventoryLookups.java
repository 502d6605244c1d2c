package io.maestro.discovery.domain;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.InventoryLookups;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link InventoryLookups} through data-app: public flavors by {@code api_name}, and the connection owner's own
 * applications by name or {@code _id} (compatibility.md S11: never another tenant's). Flavor answers go in the map it is
 * given, the run's ({@link RunCache}), so a run of 100,000 servers of three instance types asks three times.
 */
public class DataInventoryLookups implements InventoryLookups {

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");

    private final InventoryRecords data;
    private final String ownerId;
    private final Map<String, Optional<Map<String, Object>>> flavors;

    /** @param flavors the public flavors already looked up, by {@code api_name}; this adds what it looks up */
    public DataInventoryLookups(InventoryRecords data, String ownerId,
            Map<String, Optional<Map<String, Object>>> flavors) {
        this.data = data;
        this.ownerId = ownerId;
        this.flavors = flavors;
    }

    @Override
    public Optional<Map<String, Object>> publicFlavor(String apiName) {
        if (apiName == null || apiName.isBlank()) {
            return Optional.empty();
        }
        return flavors.computeIfAbsent(apiName, name -> data.findOne("flavors_public", Map.of("api_name", name)));
    }

    @Override
    public List<Map<String, Object>> ownerApplications(Collection<String> namesOrIds) {
        if (ownerId == null || namesOrIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = namesOrIds.stream().filter(value -> OBJECT_ID.matcher(value).matches()).toList();
        List<Map<String, Object>> either = new ArrayList<>();
        either.add(Map.of("name", Map.of("$in", List.copyOf(namesOrIds))));
        if (!ids.isEmpty()) {
            either.add(Map.of("_id", Map.of("$in", ids)));
        }
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("roles._id", ownerId);
        query.put("$or", either);
        return data.findAll(Inventory.APPLICATIONS.collection(), query).stream().map(application -> {
            Map<String, Object> reference = new LinkedHashMap<>();
            reference.put("_id", application.get("_id"));
            reference.put("name", application.get("name"));
            reference.put("family", application.get("family"));
            return reference;
        }).toList();
    }
}
