package io.maestro.common.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import org.bson.Document;

/**
 * The two stores the property tests compare: {@link IndexedMemoryBackend} and the plain memory backend (which scans
 * and applies every update its own way), each with the same {@code servers} collection and its indexes: the ACL's
 * compound multikey one, single, compound with a descending key, and a sparse unique one.
 */
final class IndexedAndScanningStores implements AutoCloseable {

    private final MongoServer indexedServer = new MongoServer(new IndexedMemoryBackend());
    private final MongoServer scanningServer = new MongoServer(new MemoryBackend());
    private final MongoClient indexedClient = client(indexedServer);
    private final MongoClient scanningClient = client(scanningServer);
    final MongoCollection<Document> indexed = indexedClient.getDatabase("property").getCollection("servers");
    final MongoCollection<Document> scanning = scanningClient.getDatabase("property").getCollection("servers");

    /** Both stores, with the indexes above and one more single index on each of {@code singleIndexFields}. */
    IndexedAndScanningStores(String... singleIndexFields) {
        for (MongoCollection<Document> collection : List.of(indexed, scanning)) {
            collection.createIndex(new Document("active", 1).append("roles._id", 1).append("roles.role", 1),
                    new IndexOptions().name("servers_active_role"));
            collection.createIndex(new Document("name", 1), new IndexOptions().name("servers_name"));
            collection.createIndex(new Document("size", -1).append("name", 1), new IndexOptions().name("servers_size_name"));
            collection.createIndex(new Document("unique_id", 1), new IndexOptions().name("servers_unique_id").unique(true).sparse(true));
            for (String field : singleIndexFields) {
                collection.createIndex(new Document(field, 1), new IndexOptions().name("servers_" + field));
            }
        }
    }

    private static MongoClient client(MongoServer server) {
        return MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    @Override
    public void close() {
        indexedClient.close();
        scanningClient.close();
        indexedServer.shutdownNow();
        scanningServer.shutdownNow();
    }
}
