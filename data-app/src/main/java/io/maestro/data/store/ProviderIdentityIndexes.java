package io.maestro.data.store;

import com.mongodb.MongoException;
import com.mongodb.client.model.IndexOptions;
import io.maestro.common.inventory.Inventory;
import io.maestro.common.inventory.InventoryEntity;
import io.maestro.common.inventory.RecordIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The unique sparse identity indexes ({@code unique_id}) Maestro 0.6 created on the collections discovery fills: the
 * registry's discovered entities ({@link Inventory#discovered()}), as server-app creates them too. Bulk upserts find
 * their document by {@code unique_id}; without the index every element scans the collection (measured on the
 * embedded store: 5,000 upserts into 5,000 servers took about a minute without it).
 */
@Component
public class ProviderIdentityIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderIdentityIndexes.class);

    private final MongoTemplate mongo;

    public ProviderIdentityIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ensure() {
        for (InventoryEntity entity : Inventory.discovered()) {
            RecordIndexes index = RecordIndexes.identity(entity.collection(), entity.identityKey());
            try {
                mongo.getCollection(entity.collection()).createIndex(index.keys(),
                        new IndexOptions().name(index.name()).unique(true).sparse(true));
            } catch (MongoException e) {
                // Existing duplicates or a differently-defined index: the gateway still works, only slower.
                LOG.warn("Could not create the {} index on {}: {}", entity.identityKey(), entity.collection(), e.getMessage());
            }
        }
    }
}
