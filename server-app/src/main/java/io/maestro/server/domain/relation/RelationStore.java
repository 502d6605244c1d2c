package io.maestro.server.domain.relation;

import java.util.List;
import org.bson.Document;

/** Multi-document reads and writes of relations and dependencies: plain documents, the caller's filters. */
public interface RelationStore {

    List<Document> find(String collection, Document filter, Document projection);

    BulkResult updateMany(String collection, Document filter, Document update);

    /** As {@link #updateMany(String, Document, Document)}, with the filters of the update's {@code $[name]} paths. */
    BulkResult updateMany(String collection, Document filter, Document update, List<Document> arrayFilters);

    /** One {@code updateOne} per entry of {@code updates}, sent as one ordered bulk write. */
    BulkResult updateEach(String collection, List<DocumentUpdate> updates);
}
