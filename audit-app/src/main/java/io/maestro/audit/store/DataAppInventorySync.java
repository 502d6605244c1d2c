package io.maestro.audit.store;

import io.maestro.audit.domain.InventorySync;
import io.maestro.common.client.DataAppClient;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@link InventorySync} on data-app's {@code POST /sync}, through common's {@link DataAppClient}. */
@Component
public class DataAppInventorySync implements InventorySync {

    private final DataAppClient data;

    public DataAppInventorySync(DataAppClient data) {
        this.data = data;
    }

    @Override
    public SyncCounts sync(String entity, Map<String, Object> query, Map<String, Object> body) {
        DataAppClient.Counts results = data.updateMany(new DataAppClient.UpdateMany(entity, query, body)).results();
        return new SyncCounts(results.matched(), results.modified());
    }
}
