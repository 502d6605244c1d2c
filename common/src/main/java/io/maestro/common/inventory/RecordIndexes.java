package io.maestro.common.inventory;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The indexes of a collection of ACL'd records, declared here once for every service that creates them (server-app at
 * start-up for each resource, data-app for the collections discovery fills). They serve the hot queries of a list page
 * and its count: the ACL clause ({@code active} and {@code <acl>._id}, multikey), the default order ({@code updated_at}),
 * a filter or order on {@code name}, and discovery's identity ({@code unique_id}, unique and sparse, D1). The standalone
 * runtime's store uses them as MongoDB does (docs/performance.md).
 *
 * @param name   the index name; the existing names are kept, a renamed index would conflict with a stored one
 * @param keys   the key document, e.g. {@code {updated_at: 1}}
 * @param unique whether the keys are unique (then sparse too: records without the key are not indexed)
 */
public record RecordIndexes(String name, Document keys, boolean unique) {

    /** The indexes of a record collection; {@code identityKey} null when discovery never writes it. */
    public static List<RecordIndexes> of(String collection, String aclField, String identityKey) {
        List<RecordIndexes> indexes = new ArrayList<>();
        indexes.add(new RecordIndexes(collection + "_active_role",
                new Document("active", 1).append(aclField + "._id", 1).append(aclField + ".role", 1), false));
        indexes.add(new RecordIndexes(collection + "_updated_at", new Document("updated_at", 1), false));
        indexes.add(new RecordIndexes(collection + "_name", new Document("name", 1), false));
        if (identityKey != null) {
            indexes.add(identity(collection, identityKey));
        }
        return List.copyOf(indexes);
    }

    /** Discovery's identity index alone: what a bulk upsert by {@code unique_id} finds its record by. */
    public static RecordIndexes identity(String collection, String identityKey) {
        return new RecordIndexes(collection + "_" + identityKey, new Document(identityKey, 1), true);
    }
}
