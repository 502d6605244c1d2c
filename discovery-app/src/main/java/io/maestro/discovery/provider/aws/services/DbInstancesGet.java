package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesResponse;

/** RDS instances: rds DescribeDBInstances, by Marker (MaxRecords 20–100, {@code MAESTRO_DB_SCAN_QTD}). */
final class DbInstancesGet extends AwsListGet<RdsClient> {

    DbInstancesGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeDBInstances", pageSize);
    }

    @Override
    protected AwsClients.Lease<RdsClient> lease(AwsClients clients, SyncConnection connection, String region) {
        return clients.lease(RdsClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(RdsClient rds, String pageToken) {
        DescribeDbInstancesResponse response = rds.describeDBInstances(request -> request
                .maxRecords(pageSize()).marker(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.dbInstances()), response.marker());
    }
}
