package io.maestro.reports.store;

import io.maestro.common.client.DataAppClient;
import io.maestro.reports.domain.Inventory;
import io.maestro.reports.domain.ReportQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The inventory through data-app: a general report pages {@code POST /<entity>} (in {@code _id} order); a pivot report
 * pages its first level with {@code $skip}/{@code $limit} right after that level's {@code $match} and {@code $sort},
 * so that each batch joins the next levels for its own records only, and counts that level to know the last batch.
 */
@Component
class DataAppInventory implements Inventory {

    /** The pivot's stages before which a batch's {@code $skip} and {@code $limit} go: its {@code $match} and {@code $sort}. */
    private static final int SOURCE_STAGES = 2;

    private final DataAppClient dataApp;

    DataAppInventory(DataAppClient dataApp) {
        this.dataApp = dataApp;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Batch page(ReportQuery query, int page, int size) {
        if (!query.pivot()) {
            List<Map<String, Object>> items = dataApp.find(query.entity(), new DataAppClient.Query(query.query(), size,
                    page)).items();
            return new Batch(items, items.size() < size);
        }
        List<Map<String, Object>> pipeline = new ArrayList<>(query.pipeline().subList(0, SOURCE_STAGES));
        pipeline.add(Map.of("$skip", (long) (page - 1) * size));
        pipeline.add(Map.of("$limit", size));
        pipeline.addAll(query.pipeline().subList(SOURCE_STAGES, query.pipeline().size()));
        List<Map<String, Object>> rows = dataApp.aggregate(new DataAppClient.Aggregation(query.entity(), pipeline))
                .items();
        Map<String, Object> sourceMatch = (Map<String, Object>) query.pipeline().get(0).get("$match");
        long sources = dataApp.count(query.entity(), sourceMatch);
        return new Batch(rows, (long) page * size >= sources);
    }
}
