package io.maestro.standalone.store;

import de.bwaldvogel.mongo.bson.Document;

/**
 * One change to the store, in the form the journal and the snapshot keep: the state a document ended in
 * (never the command that produced it), so replaying a record twice does no harm. A record read from a file also
 * knows its document's BSON size ({@code documentBytes}, 0 otherwise), which the backend keeps per collection:
 * taken from the file, it need not be computed again by encoding the document.
 */
record JournalRecord(Kind kind, String database, String collection, Object key, Document document,
                     String targetDatabase, String targetCollection, int documentBytes) {

    enum Kind { PUT, DELETE, DROP, RENAME }

    static JournalRecord put(String database, String collection, Object key, Document document) {
        return new JournalRecord(Kind.PUT, database, collection, key, document, null, null, 0);
    }

    static JournalRecord delete(String database, String collection, Object key) {
        return new JournalRecord(Kind.DELETE, database, collection, key, null, null, null, 0);
    }

    static JournalRecord drop(String database, String collection) {
        return new JournalRecord(Kind.DROP, database, collection, null, null, null, null, 0);
    }

    static JournalRecord rename(String database, String collection, String targetDatabase, String targetCollection) {
        return new JournalRecord(Kind.RENAME, database, collection, null, null, targetDatabase, targetCollection, 0);
    }

    Document toBson() {
        Document bson = new Document("k", kind.name()).append("db", database).append("c", collection);
        if (kind == Kind.PUT || kind == Kind.DELETE) {
            bson.append("key", key);
        }
        if (document != null) {
            bson.append("doc", document);
        }
        if (targetDatabase != null) {
            bson.append("toDb", targetDatabase).append("toC", targetCollection);
        }
        return bson;
    }

    /** The record a frame holds; {@code documentBytes}, the BSON size of its {@code doc} (0 without one). */
    static JournalRecord fromBson(Document bson, int documentBytes) {
        return new JournalRecord(Kind.valueOf((String) bson.get("k")), (String) bson.get("db"), (String) bson.get("c"),
                bson.get("key"), (Document) bson.get("doc"), (String) bson.get("toDb"), (String) bson.get("toC"),
                documentBytes);
    }
}
