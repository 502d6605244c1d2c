package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsPayloads;
import java.util.List;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.StreamingDistributionList;

/**
 * CloudFront RTMP distributions: cloudfront ListStreamingDistributions, by Marker; global like
 * {@link DistributionsGet}.
 */
final class StreamingDistributionsGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    StreamingDistributionsGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (CloudFrontClient cloudFront = clients.build(CloudFrontClient.builder(), connection, region)) {
            StreamingDistributionList list = AwsErrors.call("ListStreamingDistributions",
                    () -> cloudFront.listStreamingDistributions(request ->
                            request.maxItems(String.valueOf(pageSize)).marker(pageToken)).streamingDistributionList());
            if (list == null) {
                return FetchedPage.last(List.of());
            }
            return new FetchedPage(AwsPayloads.toMaps(list.items()),
                    Boolean.TRUE.equals(list.isTruncated()) ? list.nextMarker() : null);
        }
    }
}
