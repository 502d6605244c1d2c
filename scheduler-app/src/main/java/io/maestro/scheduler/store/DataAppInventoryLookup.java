package io.maestro.scheduler.store;

import io.maestro.scheduler.domain.InventoryLookup;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link InventoryLookup} through data-app. */
@Component
public class DataAppInventoryLookup implements InventoryLookup {

    private static final String HEX_ID = "[0-9a-fA-F]{24}";

    private final DataAppCalls data;

    public DataAppInventoryLookup(DataAppCalls data) {
        this.data = data;
    }

    @Override
    public Optional<Map<String, Object>> connection(String id) {
        return data.connection(id);
    }

    @Override
    public Optional<Map<String, Object>> report(String id) {
        if (!id.matches(HEX_ID)) {
            return Optional.empty();
        }
        return data.findOne("reports", Map.of("_id", id, "active", true));
    }
}
