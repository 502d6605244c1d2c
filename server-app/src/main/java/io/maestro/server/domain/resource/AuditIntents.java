package io.maestro.server.domain.resource;

import io.maestro.common.audit.Change;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Where the history of a write on an audited resource starts, so that no acknowledged write goes without it, even
 * when the process dies between the write and the publication (docs/audit-app.md, "The audit outbox"). The store has
 * no transactions, so the order of the calls is what makes it safe: the change is noted before the write, completed
 * after it, and dropped when the write did not happen.
 */
public interface AuditIntents {

    /** Notes that {@code change} is about to be written on the record {@code recordId}. */
    PendingAudit intend(ResourceDefinition definition, Change change, ObjectId recordId, Actor actor);

    /** The write is stored: the note gets the record as stored now, read back from the store. */
    void written(PendingAudit pending);

    /**
     * The write stored {@code stored}, the whole record (a creation, a replacement): the note gets it as it is, without
     * reading it back.
     */
    void written(PendingAudit pending, Document stored);

    /** The write did not happen (it failed, or matched no record): the note goes. */
    void abandoned(PendingAudit pending);

    /**
     * A change noted before its write.
     *
     * @param id the note's id, also the id of the message that will carry the change
     */
    record PendingAudit(String id, ResourceDefinition definition, Change change, ObjectId recordId, Actor actor) {
    }
}
