package io.maestro.discovery.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inventory records discovery reads and writes, and its connections' task states, kept by data-app
 * (docs/data-app.md): queries, bulk upserts, {@code updateMany}. A failed call is a {@code PeerCallException}: data-app
 * down a {@code ServiceUnavailableException}, a refusal a {@code ServiceCallException}.
 */
public interface InventoryRecords {

    /** The connection document ({@code GET /connections/<id>}), empty when data-app knows no such connection. */
    Optional<Map<String, Object>> connection(String connectionId);

    /** {@code process.<task> = {state, msg}} on the connection ({@code POST /connection/<id>}). */
    void connectionState(String connectionId, String task, String status, String msg);

    /**
     * The message of a task still running ({@code process.<task>.state} = {@code warning}); a task that has ended
     * keeps its final state and message whatever the order the writes arrive in.
     */
    void runningTaskMessage(String connectionId, String task, String msg);

    /** Every document of {@code entity} matching {@code query}, page by page. */
    List<Map<String, Object>> findAll(String entity, Map<String, Object> query);

    /** The same, each document with only {@code fields} (paths, dotted ones too) and {@code _id}. */
    List<Map<String, Object>> findAll(String entity, Map<String, Object> query, List<String> fields);

    /**
     * Up to {@code limit} documents of {@code entity} matching {@code query} whose {@code _id} follows {@code afterId}
     * (from the first when null), in {@code _id} order: a large match read page by page, each page found from where
     * the last one ended instead of past every page before it.
     */
    List<Map<String, Object>> findAfter(String entity, Map<String, Object> query, String afterId, int limit);

    /** The first document of {@code entity} matching {@code query}. */
    Optional<Map<String, Object>> findOne(String entity, Map<String, Object> query);

    /** Bulk upsert ({@code PUT /<entity>}); answers data-app's counts and {@code writeErrors}. */
    BulkResult upsert(String entity, List<Map<String, Object>> documents);

    /** {@code updateMany(query, body)} ({@code POST /sync}); answers how many documents matched. */
    long updateMany(String entity, Map<String, Object> query, Map<String, Object> body);

    /**
     * What a bulk upsert did.
     *
     * @param refusedIndexes the positions in the body of the elements the store refused (e.g. a duplicate key)
     * @param writeErrors    why, one line per refused element
     */
    record BulkResult(int inserted, int upserted, int modified, Set<Integer> refusedIndexes, List<String> writeErrors) {
    }
}
