package io.maestro.data.domain;

import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.WriteModel;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;

/** The gateway's storage: schemaless {@link Document}s on the collections {@link DataEntity} allows. */
public interface EntityStore {

    /** Outcome of an unordered bulk write: what the store did, and the elements it refused. */
    record BulkOutcome(BulkWriteResult result, List<BulkWriteError> errors) {
    }

    long count(String collection, Document filter);

    /**
     * One page, in {@code _id} order so that consecutive pages neither skip nor repeat documents.
     *
     * @param fields the paths each document is answered with ({@code _id} always), or null for whole documents
     */
    List<Document> find(String collection, Document filter, List<String> fields, int skip, int limit);

    /**
     * Every matching document, in {@code _id} order, handed to {@code action} as one cursor reads them (one query
     * however many there are: paged by skip, the store would pass the earlier pages again for each page).
     */
    void forEach(String collection, Document filter, Consumer<Document> action);

    /** Unordered, so that one refused element does not stop the others; refusals come back per element. */
    BulkOutcome bulkWrite(String collection, List<WriteModel<Document>> writes);

    UpdateResult updateMany(String collection, Document filter, Document update);

    List<Document> aggregate(String collection, List<Document> pipeline);

    Document findOne(String collection, Document filter);

    /** Applies {@code update} to the document matching {@code filter} and returns it as it is afterwards (null if none). */
    Document updateAndGet(String collection, Document filter, Document update);
}
