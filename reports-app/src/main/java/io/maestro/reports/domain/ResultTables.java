package io.maestro.reports.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** reports-app's own store: one table of rows per report run. */
public interface ResultTables {

    void drop(String table);

    /** Appends {@code rows}, keeping their order. */
    void insert(String table, List<Map<String, Object>> rows);

    /** How many rows match {@code request}'s filter, and the requested page of them. */
    ResultPage page(String table, ResultRequest request);

    /** Hands every row matching {@code request}'s filter, in its order, to {@code row}, one at a time. */
    void forEach(String table, ResultRequest request, Consumer<Map<String, Object>> row);

    /** Every row of {@code table}, up to {@code limit}, in the order they were stored. */
    void forEachStored(String table, int limit, Consumer<Map<String, Object>> row);

    record ResultPage(long found, List<Map<String, Object>> items) {
    }
}
