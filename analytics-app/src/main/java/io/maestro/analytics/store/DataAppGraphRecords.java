package io.maestro.analytics.store;

import io.maestro.analytics.domain.GraphRecords;
import io.maestro.common.client.DataAppClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The graph record, updated as 0.6 did: data-app {@code PUT /graphs} {@code [{_id, ...}]}. That route upserts, so
 * the record is looked for first: a map of a record deleted meanwhile (or not stored yet) fails instead of storing a
 * record nobody owns.
 */
@Component
class DataAppGraphRecords implements GraphRecords {

    private final DataAppClient dataApp;

    DataAppGraphRecords(DataAppClient dataApp) {
        this.dataApp = dataApp;
    }

    @Override
    public void update(String graphId, Map<String, Object> fields) {
        if (find(graphId).isEmpty()) {
            throw new IllegalStateException("Graph " + graphId + " is not stored (yet)");
        }
        Map<String, Object> change = new LinkedHashMap<>(fields);
        change.put("_id", graphId);
        DataAppClient.BulkResult result = dataApp.upsert("graphs", new DataAppClient.Bulk(List.of(change)));
        if (!result.writeErrors().isEmpty()) {
            throw new IllegalStateException("data-app refused the update of graph " + graphId + ": "
                    + result.writeErrors().get(0).errmsg());
        }
    }

    @Override
    public Optional<Map<String, Object>> find(String graphId) {
        return dataApp.findOne("graphs", Map.of("_id", graphId));
    }
}
