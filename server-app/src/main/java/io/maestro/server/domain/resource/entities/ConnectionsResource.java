package io.maestro.server.domain.resource.entities;

import io.maestro.common.config.MaestroSecrets;
import io.maestro.common.crypto.CredentialCipher;
import io.maestro.common.inventory.Inventory;
import io.maestro.server.domain.connection.ConnectionCredentials;
import io.maestro.server.domain.connection.ConnectionJobs;
import io.maestro.server.domain.connection.ConnectionLifecycle;
import io.maestro.server.domain.connection.DiscoveryCatalogue;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import io.maestro.server.domain.resource.ResourceStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connections (§2.6): a provider account discovery crawls. The credentials ({@code conn}) are sealed at rest and
 * masked in every answer (compatibility.md S4); creating one fetches discovery's rules first and then creates the sync jobs
 * and flags the datacenter ({@link ConnectionLifecycle}). Not audited, and so without {@code /audit} routes: audit
 * rows would carry the credentials.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectionsResource {

    static final String COLLECTION = Inventory.CONNECTIONS.collection();

    @Bean
    ConnectionCredentials connectionCredentials(MaestroSecrets secrets) {
        return new ConnectionCredentials(new CredentialCipher(secrets.get(MaestroSecrets.SECRET_CRYPTO)));
    }

    @Bean
    ConnectionLifecycle connectionLifecycle(ConnectionCredentials credentials, DiscoveryCatalogue discovery,
            ConnectionJobs jobs, ResourceService resources,
            @Qualifier("datacentersDefinition") ResourceDefinition datacenters, ResourceStore store) {
        return new ConnectionLifecycle(credentials, discovery, jobs, resources, datacenters, store, COLLECTION);
    }

    @Bean
    ResourceDefinition connectionsDefinition(ConnectionLifecycle lifecycle) {
        return ResourceDefinition.of(Inventory.CONNECTIONS)
                .notAudited()
                .onCreate(lifecycle)
                .beforeSave(lifecycle.beforeUpdate())
                .afterSave(lifecycle.afterDelete())
                .view(lifecycle.view())
                .build();
    }
}
