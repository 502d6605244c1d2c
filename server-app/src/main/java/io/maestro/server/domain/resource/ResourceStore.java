package io.maestro.server.domain.resource;

import io.maestro.common.web.ConflictException;
import java.util.List;
import org.bson.Document;

/** Storage of every registered resource: plain documents, the caller's filters, no mapping layer. */
public interface ResourceStore {

    List<Document> find(String collection, Document filter, Document projection, Document sort, long skip, int limit);

    long count(String collection, Document filter);

    /** The first match, or null; a null projection returns the whole document. */
    Document findOne(String collection, Document filter, Document projection);

    /**
     * Inserts the document and sets its {@code _id}.
     *
     * @throws ConflictException 409 when a unique index (e.g. {@code unique_id}) already holds one of its values
     */
    void insert(String collection, Document document);

    /** Applies {@code update} to the first match and returns it afterwards in {@code projection}, or null when none matched. */
    Document update(String collection, Document filter, Document update, Document projection);

    /**
     * What {@link #findOne} by {@code _id} with {@code projection} would answer right after {@code written} was inserted
     * or replaced whole: the same types (the document passed through the store's own encoding) and the same fields.
     * Answered without a round trip to the store where the projection allows it.
     */
    Document asRead(String collection, Document written, Document projection);

    /** Replaces the first match; false when none matched. */
    boolean replace(String collection, Document filter, Document replacement);

    /**
     * The indexes of an ACL'd collection: {@code {active, <acl>._id, <acl>.role}} named {@code <collection>_active_role}
     * as Maestro 0.6 named them, and for discovered entities a unique sparse {@code unique_id}.
     */
    void ensureIndexes(String collection, String aclField, boolean uniqueId);
}
