package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.cloudsearch.CloudSearchClient;
import software.amazon.awssdk.services.cloudsearch.model.DescribeDomainsResponse;

/** CloudSearch domains: cloudsearch DescribeDomains, which returns all of a region's domains at once (no paging). */
final class SearchDomainsGet implements AwsCommand.AwsGet {

    private final AwsClients clients;

    SearchDomainsGet(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (CloudSearchClient cloudSearch = clients.build(CloudSearchClient.builder(), connection, region)) {
            DescribeDomainsResponse response = AwsErrors.call("DescribeDomains", cloudSearch::describeDomains);
            return FetchedPage.last(AwsPayloads.toMaps(response.domainStatusList()));
        }
    }
}
