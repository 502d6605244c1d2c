package io.maestro.reports.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The inventory a report reads (data-app). */
public interface Inventory {

    /**
     * Every record of {@code entity} matching {@code query}, in {@code _id} order, handed to {@code batch}
     * {@code size} at a time (the last batch shorter, none when nothing matches) as they are read: one query, whatever
     * the number of records.
     */
    void read(String entity, Map<String, Object> query, int size, Consumer<List<Map<String, Object>>> batch);

    /**
     * The records of {@code entity} matching {@code query} whose {@code link} (a dotted path, e.g. {@code clients._id})
     * holds one of {@code ids}, as an ObjectId or as its text (server-app keeps a link as it was sent), in
     * {@code _id} order.
     */
    List<Map<String, Object>> linked(String entity, Map<String, Object> query, String link, List<String> ids);
}
