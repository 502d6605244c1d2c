package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.array;
import static io.maestro.server.domain.resource.schema.Schemas.number;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.common.config.MaestroSecrets;
import io.maestro.common.crypto.CredentialCipher;
import io.maestro.server.domain.connection.ConnectionCredentials;
import io.maestro.server.domain.connection.ConnectionJobs;
import io.maestro.server.domain.connection.ConnectionLifecycle;
import io.maestro.server.domain.connection.CredentialsSchema;
import io.maestro.server.domain.connection.DiscoveryCatalogue;
import io.maestro.server.domain.resource.ResourceDefinition;
import io.maestro.server.domain.resource.ResourceService;
import io.maestro.server.domain.resource.ResourceStore;
import io.maestro.server.domain.resource.schema.ObjectSchema;
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

    static final String COLLECTION = "connections";

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
        ObjectSchema schema = object()
                .field("name", string().max(4050).required())
                .field("conn", new CredentialsSchema())
                .field("dc", string().max(150).required())
                .field("dc_id", string().required())
                .field("provider", string().max(30).required())
                .field("service", string().max(30).required())
                .field("regions", array().required())
                .field("url", string())
                .field("project", string())
                .field("user_domain_id", string())
                .field("api_version", string().max(5))
                .field("method", string())
                .field("tab", number().min(0).max(3).withDefault(0))
                .field("status", string().withDefault("enabled"));
        return ResourceDefinition.builder("/connections", "connections", COLLECTION)
                .schema(schema)
                .listFields("_id", "name", "conn", "dc", "dc_id", "provider", "service", "regions", "status", "process",
                        "owner_user", "created_at", "updated_at")
                .singleFields(InventorySchemas.singleView(schema, "process", "owner_user"))
                .notAudited()
                .onCreate(lifecycle)
                .beforeSave(lifecycle.beforeUpdate())
                .afterSave(lifecycle.afterDelete())
                .view(lifecycle.view())
                .build();
    }
}
