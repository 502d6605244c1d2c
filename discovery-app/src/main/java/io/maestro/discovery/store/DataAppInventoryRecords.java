package io.maestro.discovery.store;

import io.maestro.common.client.DataAppClient;
import io.maestro.common.http.ServiceCallException;
import io.maestro.discovery.domain.InventoryRecords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** {@link InventoryRecords} on data-app, through common's {@link DataAppClient}. */
@Component
public class DataAppInventoryRecords implements InventoryRecords {

    /** Rows per query page: data-app's largest page is far larger; this keeps one answer small. */
    static final int PAGE_SIZE = 1000;

    private final DataAppClient data;

    public DataAppInventoryRecords(DataAppClient data) {
        this.data = data;
    }

    @Override
    public Optional<Map<String, Object>> connection(String connectionId) {
        try {
            return Optional.ofNullable(data.connection(connectionId));
        } catch (ServiceCallException refused) {
            if (refused.status().value() == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    @Override
    public void connectionState(String connectionId, String task, String status, String msg) {
        data.connectionState(connectionId, new DataAppClient.TaskState(status, task, msg));
    }

    @Override
    public void runningTaskMessage(String connectionId, String task, String msg) {
        Map<String, Object> running = new LinkedHashMap<>();
        running.put("_id", connectionId);
        running.put("process." + task + ".state", "warning");
        updateMany("connections", running, Map.of("process." + task + ".msg", msg));
    }

    @Override
    public List<Map<String, Object>> findAll(String entity, Map<String, Object> query) {
        return data.findAll(entity, query, PAGE_SIZE);
    }

    @Override
    public List<Map<String, Object>> findAll(String entity, Map<String, Object> query, List<String> fields) {
        return data.findAll(entity, query, fields, PAGE_SIZE);
    }

    @Override
    public List<Map<String, Object>> findAfter(String entity, Map<String, Object> query, String afterId, int limit) {
        Map<String, Object> page = afterId == null ? query
                : Map.of("$and", List.of(query, Map.of("_id", Map.of("$gt", afterId))));
        return data.find(entity, new DataAppClient.Query(page, limit, 1)).items();
    }

    @Override
    public Optional<Map<String, Object>> findOne(String entity, Map<String, Object> query) {
        return data.findOne(entity, query);
    }

    @Override
    public BulkResult upsert(String entity, List<Map<String, Object>> documents) {
        DataAppClient.BulkResult answer = data.upsert(entity, new DataAppClient.Bulk(documents));
        Set<Integer> refused = answer.writeErrors().stream().map(DataAppClient.WriteError::index).collect(Collectors.toSet());
        List<String> errors = answer.writeErrors().stream()
                .map(error -> "body[" + error.index() + "]: " + error.errmsg()).toList();
        return new BulkResult(answer.nInserted(), answer.nUpserted(), answer.nModified(), refused, errors);
    }

    @Override
    public long updateMany(String entity, Map<String, Object> query, Map<String, Object> body) {
        return data.updateMany(new DataAppClient.UpdateMany(entity, query, body)).results().matched();
    }
}
