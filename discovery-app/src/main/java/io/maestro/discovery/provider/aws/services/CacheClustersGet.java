package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticache.model.DescribeCacheClustersResponse;

/**
 * ElastiCache clusters: elasticache DescribeCacheClusters, by Marker (MaxRecords 20–100). Asks for the node details
 * too ({@code ShowCacheNodeInfo}), which {@code cache_nodes} is made of (0.6 mapped them but never asked for them).
 */
final class CacheClustersGet extends AwsListGet<ElastiCacheClient> {

    CacheClustersGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeCacheClusters", pageSize);
    }

    @Override
    protected AwsClients.Lease<ElastiCacheClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(ElastiCacheClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(ElastiCacheClient elasticache, String pageToken) {
        DescribeCacheClustersResponse response = elasticache.describeCacheClusters(request -> request
                .maxRecords(pageSize()).marker(pageToken).showCacheNodeInfo(true));
        return new FetchedPage(AwsPayloads.toMaps(response.cacheClusters()), response.marker());
    }
}
