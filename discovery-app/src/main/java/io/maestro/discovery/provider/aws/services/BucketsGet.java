package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;

/**
 * S3 buckets: s3 ListBuckets, by ContinuationToken. The bucket list is account-wide, so each region asks only for the
 * buckets located in it ({@code bucket-region}): every bucket is recorded once, in its own region, and the region's
 * cleanup sees exactly that region's buckets (0.6 recorded every bucket in every crawled region). Path-style
 * addressing keeps S3-compatible endpoints ({@code url}) working.
 */
final class BucketsGet extends AwsListGet<S3Client> {

    BucketsGet(AwsClients clients, int pageSize) {
        super(clients, "ListBuckets", pageSize);
    }

    @Override
    protected AwsClients.Lease<S3Client> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(S3Client.builder().forcePathStyle(true), connection, region);
    }

    @Override
    protected FetchedPage list(S3Client s3, String pageToken) {
        String region = s3.serviceClientConfiguration().region().id();
        ListBucketsResponse response = s3.listBuckets(request -> request
                .bucketRegion(region).maxBuckets(pageSize()).continuationToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.buckets()), response.continuationToken());
    }
}
