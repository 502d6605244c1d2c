package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import io.maestro.discovery.provider.aws.AwsPayloads;
import java.util.List;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.StreamingDistributionList;

/**
 * CloudFront RTMP distributions: cloudfront ListStreamingDistributions, by Marker; global like
 * {@link DistributionsGet}.
 */
final class StreamingDistributionsGet extends AwsListGet<CloudFrontClient> {

    StreamingDistributionsGet(AwsClients clients, int pageSize) {
        super(clients, "ListStreamingDistributions", pageSize);
    }

    @Override
    protected AwsClients.Lease<CloudFrontClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(CloudFrontClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(CloudFrontClient cloudFront, String pageToken) {
        StreamingDistributionList list = cloudFront.listStreamingDistributions(request -> request
                .maxItems(String.valueOf(pageSize())).marker(pageToken)).streamingDistributionList();
        if (list == null) {
            return FetchedPage.last(List.of());
        }
        return new FetchedPage(AwsPayloads.toMaps(list.items()),
                Boolean.TRUE.equals(list.isTruncated()) ? list.nextMarker() : null);
    }
}
