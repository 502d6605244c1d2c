package io.maestro.standalone.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** The store's content rebuilt from a snapshot and a journal, before it is loaded into the backend. */
final class StoreImage {

    /** database → collection → key → the document's last state, as the record that holds it. */
    private final Map<String, Map<String, Map<Object, JournalRecord>>> databases = new LinkedHashMap<>();

    void apply(JournalRecord record) {
        switch (record.kind()) {
            case PUT -> collection(record.database(), record.collection()).put(record.key(), record);
            case DELETE -> {
                Map<Object, JournalRecord> documents = database(record.database()).get(record.collection());
                if (documents != null) {
                    documents.remove(record.key());
                }
            }
            case DROP -> database(record.database()).remove(record.collection());
            case RENAME -> {
                Map<Object, JournalRecord> moved = database(record.database()).remove(record.collection());
                if (moved != null) {
                    database(record.targetDatabase()).put(record.targetCollection(), moved);
                }
            }
        }
    }

    long documentCount() {
        return databases.values().stream().flatMap(collections -> collections.values().stream())
                .mapToLong(Map::size).sum();
    }

    /** Creates every collection with its documents, then its secondary indexes (the _id index comes with the collection). */
    void restoreInto(JournaledMemoryBackend backend) {
        databases.forEach((databaseName, collections) -> {
            Map<Object, JournalRecord> namespaces = collections.getOrDefault(JournaledMemoryBackend.NAMESPACES, Map.of());
            for (JournalRecord namespace : namespaces.values()) {
                String collectionName = JournaledMemoryBackend.collectionName(databaseName,
                        (String) namespace.document().get("name"));
                backend.restoreCollection(databaseName, collectionName,
                        collections.getOrDefault(collectionName, Map.of()).values());
            }
            for (JournalRecord index : collections.getOrDefault(JournaledMemoryBackend.INDEXES, Map.of()).values()) {
                if (!"_id_".equals(index.document().get("name"))) {
                    backend.restoreIndex(databaseName, index.document());
                }
            }
        });
    }

    private Map<String, Map<Object, JournalRecord>> database(String name) {
        return databases.computeIfAbsent(name, ignored -> new LinkedHashMap<>());
    }

    private Map<Object, JournalRecord> collection(String database, String collection) {
        return database(database).computeIfAbsent(collection, ignored -> new LinkedHashMap<>());
    }
}
