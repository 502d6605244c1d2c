package io.maestro.discovery.domain;

import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.common.inventory.schema.DiscoveredRecordSchema;
import io.maestro.common.web.ValidationDetail;
import io.maestro.discovery.provider.CommandTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks translated records against their entity's discovered-record schema before they are loaded: a record a
 * translation got wrong is not stored half-right, it is left out and named in the task's message (docs/discovery.md,
 * "Discovered records").
 */
final class DiscoveredRecords {

    /** How the failure of a record left out begins, to tell it from a record the store refused. */
    static final String INVALID = "invalid record ";

    private DiscoveredRecords() {
    }

    /** @param invalid one text per record left out: its key and every failing field, never a field's value */
    record Checked(List<Map<String, Object>> valid, List<String> invalid) {
    }

    static Checked check(CommandTarget target, List<Map<String, Object>> records) {
        DiscoveredRecordSchema schema = Inventory.byCollection(target.entity())
                .map(InventoryEntity::discoveredRecordSchema)
                .orElseThrow(() -> new IllegalStateException("Discovery does not write " + target.entity()));
        List<Map<String, Object>> valid = new ArrayList<>(records.size());
        List<String> invalid = new ArrayList<>();
        for (Map<String, Object> record : records) {
            List<ValidationDetail> errors = schema.check(record, target.key());
            if (errors.isEmpty()) {
                valid.add(record);
            } else {
                invalid.add(INVALID + target.key() + "=" + record.get(target.key()) + " of " + target.entity() + ": "
                        + errors.stream().map(ValidationDetail::message).collect(Collectors.joining(", ")));
            }
        }
        return new Checked(valid, invalid);
    }

    /** The unit's failure message for the records it did not load: left out as invalid, or refused by the store. */
    static String notLoaded(List<String> failures) {
        List<String> invalid = failures.stream().filter(failure -> failure.startsWith(INVALID)).toList();
        List<String> refused = failures.stream().filter(failure -> !failure.startsWith(INVALID)).toList();
        List<String> parts = new ArrayList<>();
        if (!invalid.isEmpty()) {
            parts.add(invalid.size() + " translated records left out as not valid: " + invalid.get(0));
        }
        if (!refused.isEmpty()) {
            parts.add("the store refused " + refused.size() + " records: " + refused.get(0));
        }
        return String.join("; ", parts);
    }
}
