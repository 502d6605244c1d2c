package io.maestro.audit.domain;

import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The audit store ({@code maestro-audit}): history rows in {@code audits}, the last full body of each audited
 * document in {@code snapshots}.
 */
public interface AuditStore {

    Document snapshot(String entity, ObjectId entityId);

    void replaceSnapshot(String entity, ObjectId entityId, Document body);

    void insertRow(Document row);

    void setRowField(ObjectId rowId, String field, Object value);

    long countRows(String entity, ObjectId entityId);

    /** One page of a document's history, oldest first, without the (large) {@code state} of each row. */
    List<Document> rows(String entity, ObjectId entityId, int skip, int limit);

    Document row(String entity, ObjectId entityId, ObjectId rowId);

    long removeRowsCreatedBefore(Date cutoff);
}
