package io.maestro.standalone.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.maestro.common.store.IndexedMemoryBackend;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The memory backend of mongo-java-server with its declared indexes used ({@link IndexedMemoryBackend}), with every change of a stored document reported to a journal as
 * the document's new state. The hooks sit where the memory collection stores, replaces and removes a
 * document, so inserts, updates, upserts, deletes, findAndModify, {@code $out} and {@code $merge} are all
 * seen, whatever command caused them. Collections and indexes live as documents in each database's
 * {@code system.namespaces} and {@code system.indexes}, so they are journaled the same way.
 */
final class JournaledMemoryBackend extends IndexedMemoryBackend {

    static final String NAMESPACES = "system.namespaces";
    static final String INDEXES = "system.indexes";

    private final StoreJournal journal;
    private volatile boolean recording;

    JournaledMemoryBackend(StoreJournal journal) {
        this.journal = journal;
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new JournaledDatabase(databaseName, getCursorRegistry(), this);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            // The changes of an acknowledged command are in the OS before the client hears back.
            journal.flush();
        }
    }

    void startRecording() {
        recording = true;
    }

    /**
     * Every stored document, system collections included, as encoded PUT records: the content of a snapshot. Commands
     * go on meanwhile, so what it gives is no single instant of the store: each document is as it was at some moment
     * after the call began. A snapshot made of it is whole once the journal written since the call began is replayed
     * over it, since that journal holds every later change as a state (drops and renames included).
     */
    void exportTo(Consumer<byte[]> sink) {
        for (String databaseName : listDatabaseNames()) {
            MongoDatabase database = resolveDatabase(databaseName);
            MongoCollection<?> namespaces = database.resolveCollection(NAMESPACES, false);
            if (namespaces == null) {
                continue; // a database being created: its documents are all in the journal started before this call
            }
            ((JournaledCollection) namespaces).exportTo(sink);
            MongoCollection<?> indexes = database.resolveCollection(INDEXES, false);
            if (indexes != null) {
                ((JournaledCollection) indexes).exportTo(sink);
            }
            for (Document namespace : namespaces.queryAll()) {
                String collectionName = collectionName(databaseName, (String) namespace.get("name"));
                MongoCollection<?> collection = database.resolveCollection(collectionName, false);
                if (collection != null) {
                    ((JournaledCollection) collection).exportTo(sink);
                }
            }
        }
    }

    /** Re-creates a collection with its documents (journaling is off while the store is being restored). */
    void restoreCollection(String databaseName, String collectionName, Collection<JournalRecord> documents) {
        JournaledDatabase database = (JournaledDatabase) resolveDatabase(databaseName);
        JournaledCollection collection = (JournaledCollection) database.createOrResolve(collectionName);
        documents.forEach(record -> collection.restore(record.document()));
    }

    void restoreIndex(String databaseName, Document indexSpec) {
        ((JournaledDatabase) resolveDatabase(databaseName)).restoreIndex(indexSpec);
    }

    static String collectionName(String databaseName, String namespace) {
        return namespace.substring(databaseName.length() + 1);
    }

    private void record(JournalRecord record) {
        if (recording) {
            journal.append(record);
        }
    }

    static final class JournaledDatabase extends IndexedDatabase {

        // Assigned after the superclass constructor, which already opens the (empty) system collections;
        // no document changes before construction ends, so the hooks never see it unset.
        private final JournaledMemoryBackend backend;

        JournaledDatabase(String databaseName, CursorRegistry cursorRegistry, JournaledMemoryBackend backend) {
            super(databaseName, cursorRegistry);
            this.backend = backend;
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new JournaledCollection(this, collectionName, options, cursorRegistry);
        }

        MongoCollection<Integer> createOrResolve(String collectionName) {
            return resolveOrCreateCollection(collectionName);
        }

        void restoreIndex(Document indexSpec) {
            addIndex(indexSpec);
        }
    }

    static final class JournaledCollection extends IndexedCollection {

        /** Documents exported under the collection's monitor at a time: what a command on it may wait for. */
        private static final int EXPORT_SLICE = 256;

        /** One past the highest position a document was stored at (positions of removed documents are reused). */
        private int positions;

        JournaledCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                            CursorRegistry cursorRegistry) {
            super(database, collectionName, options, cursorRegistry);
        }

        private JournaledMemoryBackend backend() {
            return ((JournaledDatabase) getDatabase()).backend;
        }

        /** The identity of a document: its id field, or for index descriptions (which have none) ns + name. */
        Object keyOf(Document document) {
            String idField = getIdField();
            if (idField != null) {
                return document.get(idField);
            }
            return new Document("ns", document.get("ns")).append("name", document.get("name"));
        }

        /**
         * Adds a document read back from the store's files: what {@code addDocument} does, less its checks (the store
         * enforced them when the document was written).
         */
        void restore(Document document) {
            Integer position = addDocumentInternal(document);
            for (Index<Integer> index : getIndexes()) {
                index.add(document, position, this);
            }
        }

        /**
         * Encodes the documents a slice at a time under the collection's monitor, which every command that changes them
         * holds (an update changes a stored document in place), and hands the frames on outside it.
         */
        void exportTo(Consumer<byte[]> sink) {
            List<byte[]> frames = new ArrayList<>(EXPORT_SLICE);
            int position = 0;
            boolean more = true;
            while (more) {
                synchronized (this) {
                    int end = Math.min(positions, position + EXPORT_SLICE);
                    for (; position < end; position++) {
                        Document document = getDocument(position);
                        if (document != null) {
                            frames.add(JournalFile.encode(JournalRecord.put(getDatabaseName(), getCollectionName(),
                                    keyOf(document), document)));
                        }
                    }
                    more = position < positions;
                }
                frames.forEach(sink);
                frames.clear();
            }
        }

        @Override
        protected Integer addDocumentInternal(Document document) {
            Integer position = super.addDocumentInternal(document);
            positions = Math.max(positions, position + 1);
            backend().record(JournalRecord.put(getDatabaseName(), getCollectionName(), keyOf(document), document));
            return position;
        }

        @Override
        protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
            super.handleUpdate(position, oldDocument, newDocument);
            Document stored = getDocument(position);
            backend().record(JournalRecord.put(getDatabaseName(), getCollectionName(), keyOf(stored), stored));
        }

        @Override
        protected void removeDocument(Integer position) {
            Object key = keyOf(getDocument(position));
            super.removeDocument(position);
            backend().record(JournalRecord.delete(getDatabaseName(), getCollectionName(), key));
        }

        @Override
        public void drop() {
            super.drop();
            backend().record(JournalRecord.drop(getDatabaseName(), getCollectionName()));
        }

        /**
         * Journaled as the states it leaves: both names emptied, then every document under the new one. A snapshot
         * exported while the rename happened may hold the documents under either name, or the target's former ones;
         * replaying these records over it gives the right content whichever it holds.
         */
        @Override
        public synchronized void renameTo(MongoDatabase newDatabase, String newCollectionName) {
            String oldDatabase = getDatabaseName();
            String oldCollection = getCollectionName();
            super.renameTo(newDatabase, newCollectionName);
            JournaledMemoryBackend backend = backend();
            backend.record(JournalRecord.drop(oldDatabase, oldCollection));
            backend.record(JournalRecord.drop(getDatabaseName(), getCollectionName()));
            for (int position = 0; position < positions; position++) {
                Document document = getDocument(position);
                if (document != null) {
                    backend.record(JournalRecord.put(getDatabaseName(), getCollectionName(), keyOf(document), document));
                }
            }
        }
    }
}
