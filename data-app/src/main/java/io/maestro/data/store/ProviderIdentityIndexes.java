package io.maestro.data.store;

import com.mongodb.MongoException;
import com.mongodb.client.model.IndexOptions;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The unique sparse {@code unique_id} indexes Maestro 0.6 created on the collections discovery fills. Bulk upserts
 * find their document by {@code unique_id}; without the index every element scans the collection (measured on the
 * embedded store: 5,000 upserts into 5,000 servers took about a minute without it).
 */
@Component
public class ProviderIdentityIndexes {

    static final List<String> COLLECTIONS = List.of("servers", "applications", "networks", "volumes");

    private static final Logger LOG = LoggerFactory.getLogger(ProviderIdentityIndexes.class);

    private final MongoTemplate mongo;

    public ProviderIdentityIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensure() {
        for (String collection : COLLECTIONS) {
            try {
                mongo.getCollection(collection).createIndex(new Document("unique_id", 1),
                        new IndexOptions().name(collection + "_unique_id").unique(true).sparse(true));
            } catch (MongoException e) {
                // Existing duplicates or a differently-defined index: the gateway still works, only slower.
                LOG.warn("Could not create the unique_id index on {}: {}", collection, e.getMessage());
            }
        }
    }
}
