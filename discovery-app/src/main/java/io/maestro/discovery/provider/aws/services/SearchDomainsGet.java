package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.cloudsearch.CloudSearchClient;

/** CloudSearch domains: cloudsearch DescribeDomains, which returns all of a region's domains at once (no paging). */
final class SearchDomainsGet extends AwsListGet<CloudSearchClient> {

    SearchDomainsGet(AwsClients clients) {
        super(clients, "DescribeDomains");
    }

    @Override
    protected AwsClients.Lease<CloudSearchClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(CloudSearchClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(CloudSearchClient cloudSearch, String pageToken) {
        return FetchedPage.last(AwsPayloads.toMaps(cloudSearch.describeDomains().domainStatusList()));
    }
}
