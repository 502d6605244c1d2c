package io.maestro.discovery.provider.aws.network;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;

/** Route tables, one page of {@code DescribeRouteTables}. */
public final class DescribeRouteTablesGet extends Ec2ListGet {

    public DescribeRouteTablesGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeRouteTables", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeRouteTablesResponse response = ec2.describeRouteTables(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.routeTables()), response.nextToken());
    }
}
