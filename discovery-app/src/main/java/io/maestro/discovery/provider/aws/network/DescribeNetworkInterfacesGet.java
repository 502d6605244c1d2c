package io.maestro.discovery.provider.aws.network;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkInterfacesResponse;

/** Elastic network interfaces, one page of {@code DescribeNetworkInterfaces}. */
public final class DescribeNetworkInterfacesGet extends Ec2ListGet {

    public DescribeNetworkInterfacesGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeNetworkInterfaces", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeNetworkInterfacesResponse response = ec2.describeNetworkInterfaces(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.networkInterfaces()), response.nextToken());
    }
}
