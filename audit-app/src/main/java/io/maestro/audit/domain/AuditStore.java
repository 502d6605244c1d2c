package io.maestro.audit.domain;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The audit store ({@code maestro-audit}): history rows in {@code audits}, the last full body of each audited
 * document in {@code snapshots}. Keys are stored escaped where the store could not keep them, and answered as sent.
 */
public interface AuditStore {

    /**
     * The field of a row holding the id of its change as its writer sent it (unique: a copy of a change is recorded
     * once). Not answered: rows keep 0.6's shape.
     */
    String CHANGE_ID = "change_id";

    /**
     * What the audit store knows of a document: its last known full body and the last change recorded into it
     * ({@code changedAt} and its author are {@code null} on snapshots written before they were kept).
     */
    record Snapshot(Document body, Date changedAt, String user, Document team) {
    }

    /** The snapshots of those of {@code entityIds} that have one, in one read. */
    Map<ObjectId, Snapshot> snapshots(String entity, Collection<ObjectId> entityIds);

    /** Writes the snapshots of several documents of {@code entity} (each replacing the document's), in one write. */
    void replaceSnapshots(String entity, Map<ObjectId, Snapshot> snapshots);

    /**
     * Stores {@code row} with its body and state escaped; {@code row} itself is left as it is. {@code false}: a row
     * with its {@link #CHANGE_ID} is already stored, and nothing was written.
     */
    boolean insertRow(Document row);

    /**
     * Stores {@code rows} as {@link #insertRow} does, in one unordered write: a row the store does not take leaves the
     * others written all the same.
     */
    InsertedRows insertRows(List<Document> rows);

    /**
     * What {@link #insertRows} did not write.
     *
     * @param alreadyStored the {@code _id}s of the rows whose {@link #CHANGE_ID} a stored row already has
     * @param refused       the {@code _id}s of the rows the store refused for another reason
     * @param refusals      why, one line per refused row
     */
    record InsertedRows(Set<ObjectId> alreadyStored, Set<ObjectId> refused, List<String> refusals) {
    }

    /** The rows, with their states, recorded for the changes of ids {@code changeIds}, by change id; in one read. */
    Map<String, Document> rowsOfChanges(Collection<String> changeIds);

    void setRowField(ObjectId rowId, String field, Object value);

    /** Rewrites what a row says changed and the state after it (the change before it was recorded late). */
    void rewriteRowChanges(ObjectId rowId, Document body, Document state, Date updatedAt);

    void removeRow(ObjectId rowId);

    /** The last row of a document recorded for a change made at or before {@code at}, with its state. */
    Document lastRowAtOrBefore(String entity, ObjectId entityId, Date at);

    /** The first row of a document recorded for a change made after {@code at}, with its state. */
    Document firstRowAfter(String entity, ObjectId entityId, Date at);

    long countRows(String entity, ObjectId entityId);

    /** One page of a document's history, without the (large) {@code state} of each row. */
    List<Document> rows(String entity, ObjectId entityId, int skip, int limit);

    Document row(String entity, ObjectId entityId, ObjectId rowId);

    long removeRowsCreatedBefore(Date cutoff);
}
