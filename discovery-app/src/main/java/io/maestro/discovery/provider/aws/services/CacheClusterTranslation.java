package io.maestro.discovery.provider.aws.services;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.util.Map;

/**
 * An ElastiCache cluster → a {@code Cache} application identified by its cluster id and named after its replication
 * group, or after the cluster itself when it has none (Memcached, standalone Redis; 0.6 left those nameless).
 */
final class CacheClusterTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "Cache", "Elastic Cache (AWS)");

    @Override
    public Map<String, Object> translate(Map<String, Object> item, TranslationContext context) {
        String clusterId = Payloads.text(item, "CacheClusterId");
        if (clusterId == null) {
            return null;
        }
        Documents role = Documents.document()
                .put("configuration_endpoint", Payloads.at(item, "ConfigurationEndpoint"))
                .put("client_download_landing_page", Payloads.at(item, "ClientDownloadLandingPage"))
                .put("cache_node_type", Payloads.at(item, "CacheNodeType"))
                .put("engine", Payloads.at(item, "Engine"))
                .put("engine_version", Payloads.at(item, "EngineVersion"))
                .put("cache_cluster_status", Payloads.at(item, "CacheClusterStatus"))
                .put("num_cache_nodes", Payloads.at(item, "NumCacheNodes"))
                .put("preferred_availability_zone", Payloads.at(item, "PreferredAvailabilityZone"))
                .put("cache_cluster_create_time", Payloads.at(item, "CacheClusterCreateTime"))
                .put("preferred_maintenance_window", Payloads.at(item, "PreferredMaintenanceWindow"))
                .put("pending_modified_values", Payloads.at(item, "PendingModifiedValues"))
                .put("notification_configuration", Payloads.at(item, "NotificationConfiguration"))
                .put("cache_subnet_group_name", Payloads.at(item, "CacheSubnetGroupName"))
                .put("replication_group_id", Payloads.at(item, "ReplicationGroupId"))
                .put("snapshot_retention_limit", Payloads.at(item, "SnapshotRetentionLimit"))
                .put("snapshot_window", Payloads.at(item, "SnapshotWindow"))
                .put("auth_token_enabled", Payloads.at(item, "AuthTokenEnabled"))
                .put("transit_encryption_enabled", Payloads.at(item, "TransitEncryptionEnabled"))
                .put("at_rest_encryption_enabled", Payloads.at(item, "AtRestEncryptionEnabled"));
        return AwsApplications.application(TARGET, item, context)
                .put("name", Payloads.first(item, "ReplicationGroupId", "CacheClusterId"))
                .put("unique_id", clusterId)
                .put("engine", Payloads.at(item, "Engine"))
                .put("active", true)
                .put("role", role)
                .put("cache_nodes", Payloads.at(item, "CacheNodes"))
                .put("created_at", Payloads.at(item, "CacheClusterCreateTime"))
                .build();
    }
}
