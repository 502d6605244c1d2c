package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticache.model.DescribeCacheClustersResponse;

/**
 * ElastiCache clusters: elasticache DescribeCacheClusters, by Marker (MaxRecords 20–100). Asks for the node details
 * too ({@code ShowCacheNodeInfo}), which {@code cache_nodes} is made of (0.6 mapped them but never asked for them).
 */
final class CacheClustersGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    CacheClustersGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (ElastiCacheClient elasticache = clients.build(ElastiCacheClient.builder(), connection, region)) {
            DescribeCacheClustersResponse response = AwsErrors.call("DescribeCacheClusters",
                    () -> elasticache.describeCacheClusters(request -> request
                            .maxRecords(pageSize).marker(pageToken).showCacheNodeInfo(true)));
            return new FetchedPage(AwsPayloads.toMaps(response.cacheClusters()), response.marker());
        }
    }
}
