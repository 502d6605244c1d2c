package io.maestro.common.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.maestro.common.http.ServiceCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * data-app, the inventory gateway of the internal services (docs/data-app.md): queries, bulk upserts, aggregations,
 * {@code updateMany} and a connection's task states. {@code entity} is data-app's path or collection name
 * ({@code servers}, {@code flavors_public}, ...).
 */
@HttpExchange(accept = "application/json", contentType = "application/json")
public interface DataAppClient {

    /** {@code POST /<entity>}: one page of the documents matching {@code query}, in {@code _id} order. */
    @PostExchange("/{entity}")
    Page find(@PathVariable String entity, @RequestBody Query query);

    /** How many documents match {@code query}. */
    default long count(String entity, Map<String, Object> query) {
        return find(entity, new Query(query, 1, 1)).found();
    }

    /** The first document matching {@code query}, in {@code _id} order. */
    default Optional<Map<String, Object>> findOne(String entity, Map<String, Object> query) {
        return find(entity, new Query(query, 1, 1)).items().stream().findFirst();
    }

    /** Every document matching {@code query}, read {@code pageSize} at a time. */
    default List<Map<String, Object>> findAll(String entity, Map<String, Object> query, int pageSize) {
        return findAll(entity, query, null, pageSize);
    }

    /** The same, each document with only {@code fields} and {@code _id} (whole when {@code fields} is null). */
    default List<Map<String, Object>> findAll(String entity, Map<String, Object> query, List<String> fields,
            int pageSize) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 1; ; page++) {
            List<Map<String, Object>> items = find(entity, new Query(query, pageSize, page, fields)).items();
            found.addAll(items);
            if (items.size() < pageSize) {
                return found;
            }
        }
    }

    /** {@code PUT /<entity>}: bulk upsert, unordered; a refused element does not stop the others. */
    @PutExchange("/{entity}")
    BulkResult upsert(@PathVariable String entity, @RequestBody Bulk documents);

    /** {@code POST /aggregate}: the pipeline's first stage is a {@code $match} on {@code roles._id}. */
    @PostExchange("/aggregate")
    Items aggregate(@RequestBody Aggregation aggregation);

    /** {@code POST /sync}: {@code updateMany(query, body)}, plain keys {@code $set}, {@code $}-keys operators. */
    @PostExchange("/sync")
    UpdateResult updateMany(@RequestBody UpdateMany update);

    /** {@code GET /connections/<id>}: the connection document; an unknown one is a {@link ServiceCallException} 404. */
    @GetExchange("/connections/{id}")
    Map<String, Object> connection(@PathVariable String id);

    /** {@code POST /connections/<id>}: {@code process.<task> = {state, msg}}; answers the updated connection. */
    @PostExchange("/connections/{id}")
    Map<String, Object> connectionState(@PathVariable String id, @RequestBody TaskState state);

    /**
     * @param query  a filter object (data-app also takes it as a JSON string); {@code limit} and {@code page} optional
     * @param fields the paths each item is answered with (and {@code _id}); whole documents when null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Query(Object query, Integer limit, Integer page, List<String> fields) {

        public Query(Object query, Integer limit, Integer page) {
            this(query, limit, page, null);
        }
    }

    record Page(long found, @JsonProperty("total_pages") long totalPages, long page, long limit,
            List<Map<String, Object>> items) {

        public Page {
            items = items == null ? List.of() : items;
        }
    }

    record Bulk(List<? extends Map<String, Object>> body) {
    }

    /**
     * data-app's bulk answer (the MongoDB bulk result's counts).
     *
     * @param writeErrors the elements the store refused (e.g. a duplicate key), by position in the body
     */
    record BulkResult(int nInserted, int nUpserted, int nMatched, int nModified, int nRemoved,
            List<WriteError> writeErrors) {

        public BulkResult {
            writeErrors = writeErrors == null ? List.of() : writeErrors;
        }
    }

    record WriteError(int index, int code, String errmsg) {
    }

    /** @param pipeline the stages (data-app also takes them as a JSON string) */
    record Aggregation(String entity, List<? extends Map<String, Object>> pipeline) {
    }

    record Items(List<Map<String, Object>> items) {

        public Items {
            items = items == null ? List.of() : items;
        }
    }

    record UpdateMany(String entity, Map<String, Object> query, Map<String, Object> body) {
    }

    record UpdateResult(Counts results) {

        public UpdateResult {
            results = results == null ? new Counts(0, 0) : results;
        }
    }

    record Counts(long matched, long modified) {
    }

    /** @param status {@code danger}, {@code warning} or {@code success} */
    record TaskState(String status, String task, String msg) {
    }
}
