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
import java.util.Collection;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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

    /** Commands hold it shared; a snapshot holds it exclusively, so it sees no half-applied command. */
    private final ReentrantReadWriteLock commandLock = new ReentrantReadWriteLock();
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
        commandLock.readLock().lock();
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            commandLock.readLock().unlock();
            // The changes of an acknowledged command are in the OS before the client hears back.
            journal.flush();
        }
    }

    void startRecording() {
        recording = true;
    }

    /** Runs {@code action} while no command is running (used to write a consistent snapshot). */
    void exclusively(Runnable action) {
        commandLock.writeLock().lock();
        try {
            action.run();
        } finally {
            commandLock.writeLock().unlock();
        }
    }

    /** Every stored document, system collections included, as PUT records: the content of a snapshot. */
    void exportTo(Consumer<JournalRecord> sink) {
        for (String databaseName : listDatabaseNames()) {
            MongoDatabase database = resolveDatabase(databaseName);
            MongoCollection<?> namespaces = database.resolveCollection(NAMESPACES, false);
            export(namespaces, sink);
            MongoCollection<?> indexes = database.resolveCollection(INDEXES, false);
            if (indexes != null) {
                export(indexes, sink);
            }
            for (Document namespace : namespaces.queryAll()) {
                String collectionName = collectionName(databaseName, (String) namespace.get("name"));
                MongoCollection<?> collection = database.resolveCollection(collectionName, false);
                if (collection != null) {
                    export(collection, sink);
                }
            }
        }
    }

    private static void export(MongoCollection<?> collection, Consumer<JournalRecord> sink) {
        JournaledCollection journaled = (JournaledCollection) collection;
        for (Document document : collection.queryAll()) {
            sink.accept(JournalRecord.put(collection.getDatabaseName(), collection.getCollectionName(),
                    journaled.keyOf(document), document));
        }
    }

    /** Re-creates a collection with its documents (journaling is off while the store is being restored). */
    void restoreCollection(String databaseName, String collectionName, Collection<JournalRecord> documents) {
        JournaledDatabase database = (JournaledDatabase) resolveDatabase(databaseName);
        JournaledCollection collection = (JournaledCollection) database.createOrResolve(collectionName);
        documents.forEach(record -> collection.restore(record.document(), record.documentBytes()));
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
         * Adds a document read back from the store's files. What {@code addDocument} does, less its checks (the store
         * enforced them when the document was written) and less computing the document's size by encoding it again,
         * which cost most of the time and garbage of a restart.
         */
        void restore(Document document, int bsonBytes) {
            Integer position = addDocumentInternal(document);
            for (Index<Integer> index : getIndexes()) {
                index.add(document, position, this);
            }
            updateDataSize(bsonBytes);
        }

        @Override
        protected Integer addDocumentInternal(Document document) {
            Integer position = super.addDocumentInternal(document);
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

        @Override
        public synchronized void renameTo(MongoDatabase newDatabase, String newCollectionName) {
            String oldDatabase = getDatabaseName();
            String oldCollection = getCollectionName();
            super.renameTo(newDatabase, newCollectionName);
            backend().record(JournalRecord.rename(oldDatabase, oldCollection, newDatabase.getDatabaseName(), newCollectionName));
        }
    }
}
