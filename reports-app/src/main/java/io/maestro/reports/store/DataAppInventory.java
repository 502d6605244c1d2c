package io.maestro.reports.store;

import io.maestro.common.client.DataAppClient;
import io.maestro.reports.domain.Inventory;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The inventory through data-app: pages of a query are {@code POST /<entity>} (in {@code _id} order); the records
 * linked to a list of ids are one {@code POST /aggregate}.
 */
@Component
class DataAppInventory implements Inventory {

    /** The link's values, copied under a name data-app does not read as an id, so that their text form is kept. */
    private static final String LINK_TEXT = "_pivot_link";

    private final DataAppClient dataApp;

    DataAppInventory(DataAppClient dataApp) {
        this.dataApp = dataApp;
    }

    @Override
    public Batch page(String entity, Map<String, Object> query, int page, int size) {
        List<Map<String, Object>> items = dataApp.find(entity, new DataAppClient.Query(query, size, page)).items();
        return new Batch(items, items.size() < size);
    }

    /**
     * data-app turns 24-hex texts under an {@code _id} key into ObjectIds: {@code $in} on the link itself finds the
     * links held as ObjectIds, {@code $in} on its copy under another name those held as text.
     */
    @Override
    public List<Map<String, Object>> linked(String entity, Map<String, Object> query, String link, List<String> ids) {
        List<Map<String, Object>> pipeline = List.of(
                Map.of("$match", query),
                Map.of("$addFields", Map.of(LINK_TEXT, "$" + link)),
                Map.of("$match", Map.of("$or", List.of(Map.of(link, Map.of("$in", ids)),
                        Map.of(LINK_TEXT, Map.of("$in", ids))))),
                Map.of("$sort", Map.of("_id", 1)),
                Map.of("$project", Map.of(LINK_TEXT, 0)));
        return dataApp.aggregate(new DataAppClient.Aggregation(entity, pipeline)).items();
    }
}
