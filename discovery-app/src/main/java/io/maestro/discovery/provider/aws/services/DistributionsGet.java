package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import io.maestro.discovery.provider.aws.AwsPayloads;
import java.util.List;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.DistributionList;

/**
 * CloudFront web distributions: cloudfront ListDistributions, by Marker ({@code MAESTRO_SCAN_CDN_QTD}). CloudFront is
 * global: as in 0.6 it is read in every crawled region, so that each region's cleanup sees every distribution and only
 * a distribution gone from the account is deactivated.
 */
final class DistributionsGet extends AwsListGet<CloudFrontClient> {

    DistributionsGet(AwsClients clients, int pageSize) {
        super(clients, "ListDistributions", pageSize);
    }

    @Override
    protected AwsClients.Lease<CloudFrontClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(CloudFrontClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(CloudFrontClient cloudFront, String pageToken) {
        DistributionList list = cloudFront.listDistributions(request -> request
                .maxItems(String.valueOf(pageSize())).marker(pageToken)).distributionList();
        if (list == null) {
            return FetchedPage.last(List.of());
        }
        return new FetchedPage(AwsPayloads.toMaps(list.items()),
                Boolean.TRUE.equals(list.isTruncated()) ? list.nextMarker() : null);
    }
}
