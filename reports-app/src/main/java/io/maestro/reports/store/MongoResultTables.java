package io.maestro.reports.store;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import io.maestro.reports.domain.ResultRequest;
import io.maestro.reports.domain.ResultTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The result tables in reports-app's own database ({@code maestro-reports}), one collection per report run as in 0.6.
 * Rows are read with a cursor, so an export streams them instead of loading the table; the store's {@code _id} keeps
 * the stored order and breaks ties of every sort, and is never shown.
 */
@Repository
class MongoResultTables implements ResultTables {

    private static final int CURSOR_BATCH = 500;

    private final MongoTemplate mongo;

    MongoResultTables(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void drop(String table) {
        // the embedded store logs an error when asked to drop a collection it does not have
        if (mongo.collectionExists(table)) {
            mongo.dropCollection(table);
        }
    }

    @Override
    public void insert(String table, List<Map<String, Object>> rows) {
        collection(table).insertMany(rows.stream().map(Document::new).toList());
    }

    @Override
    public ResultPage page(String table, ResultRequest request) {
        Document filter = new Document(request.filter());
        long found = collection(table).countDocuments(filter);
        List<Map<String, Object>> items = find(table, request).skip((int) request.skip()).limit(request.limit())
                .map(MongoResultTables::shown).into(new ArrayList<>());
        return new ResultPage(found, items);
    }

    @Override
    public void forEach(String table, ResultRequest request, Consumer<Map<String, Object>> row) {
        find(table, request).batchSize(CURSOR_BATCH).forEach(document -> row.accept(shown(document)));
    }

    @Override
    public void forEachStored(String table, int limit, Consumer<Map<String, Object>> row) {
        collection(table).find().sort(new Document("_id", 1)).limit(limit).batchSize(CURSOR_BATCH)
                .forEach(document -> row.accept(shown(document)));
    }

    private FindIterable<Document> find(String table, ResultRequest request) {
        int direction = request.ascending() ? 1 : -1;
        Document sort = new Document(request.orderBy(), direction);
        if (!"_id".equals(request.orderBy())) {
            sort.append("_id", 1);
        }
        return collection(table).find(new Document(request.filter())).sort(sort);
    }

    private static Map<String, Object> shown(Document row) {
        row.remove("_id");
        return row;
    }

    private MongoCollection<Document> collection(String table) {
        return mongo.getCollection(table);
    }
}
