package io.maestro.standalone.store;

import de.bwaldvogel.mongo.bson.Document;

/**
 * One change to the store, in the form the journal and the snapshot keep: the state a document ended in
 * (never the command that produced it), so replaying a record twice does no harm. {@code RENAME} records are only
 * read, from files written before a rename was journaled as the states it leaves (see the backend).
 */
record JournalRecord(Kind kind, String database, String collection, Object key, Document document,
                     String targetDatabase, String targetCollection) {

    enum Kind { PUT, DELETE, DROP, RENAME }

    static JournalRecord put(String database, String collection, Object key, Document document) {
        return new JournalRecord(Kind.PUT, database, collection, key, document, null, null);
    }

    static JournalRecord delete(String database, String collection, Object key) {
        return new JournalRecord(Kind.DELETE, database, collection, key, null, null, null);
    }

    static JournalRecord drop(String database, String collection) {
        return new JournalRecord(Kind.DROP, database, collection, null, null, null, null);
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

    /** The record a frame holds. */
    static JournalRecord fromBson(Document bson) {
        return new JournalRecord(Kind.valueOf((String) bson.get("k")), (String) bson.get("db"), (String) bson.get("c"),
                bson.get("key"), (Document) bson.get("doc"), (String) bson.get("toDb"), (String) bson.get("toC"));
    }
}
