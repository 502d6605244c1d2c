package io.maestro.reports.store;

import io.maestro.common.client.DataAppClient;
import io.maestro.reports.domain.Inventory;
import io.maestro.reports.domain.ReportQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The inventory through data-app: a general report pages {@code POST /<entity>} (in {@code _id} order), a pivot report
 * pages {@code POST /aggregate} with {@code $skip}/{@code $limit} after its stages (its source is sorted by {@code _id}).
 */
@Component
class DataAppInventory implements Inventory {

    private final DataAppClient dataApp;

    DataAppInventory(DataAppClient dataApp) {
        this.dataApp = dataApp;
    }

    @Override
    public List<Map<String, Object>> page(ReportQuery query, int page, int size) {
        if (!query.pivot()) {
            return dataApp.find(query.entity(), new DataAppClient.Query(query.query(), size, page)).items();
        }
        List<Map<String, Object>> pipeline = new ArrayList<>(query.pipeline());
        pipeline.add(Map.of("$skip", (long) (page - 1) * size));
        pipeline.add(Map.of("$limit", size));
        return dataApp.aggregate(new DataAppClient.Aggregation(query.entity(), pipeline)).items();
    }
}
