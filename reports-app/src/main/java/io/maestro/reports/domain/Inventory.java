package io.maestro.reports.domain;

import java.util.List;
import java.util.Map;

/** The inventory a report reads (data-app). */
public interface Inventory {

    /** Page {@code page} (from 1) of the records of {@code entity} matching {@code query}, {@code size} a page, in {@code _id} order. */
    Batch page(String entity, Map<String, Object> query, int page, int size);

    /**
     * The records of {@code entity} matching {@code query} whose {@code link} (a dotted path, e.g. {@code clients._id})
     * holds one of {@code ids}, as an ObjectId or as its text (server-app keeps a link as it was sent), in
     * {@code _id} order.
     */
    List<Map<String, Object>> linked(String entity, Map<String, Object> query, String link, List<String> ids);

    /** @param last whether no batch follows this one */
    record Batch(List<Map<String, Object>> rows, boolean last) {
    }
}
