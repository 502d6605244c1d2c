package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DescribeDbInstancesResponse;

/** RDS instances: rds DescribeDBInstances, by Marker (MaxRecords 20–100, {@code MAESTRO_DB_SCAN_QTD}). */
final class DbInstancesGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    DbInstancesGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (RdsClient rds = clients.build(RdsClient.builder(), connection, region)) {
            DescribeDbInstancesResponse response = AwsErrors.call("DescribeDBInstances",
                    () -> rds.describeDBInstances(request -> request.maxRecords(pageSize).marker(pageToken)));
            return new FetchedPage(AwsPayloads.toMaps(response.dbInstances()), response.marker());
        }
    }
}
