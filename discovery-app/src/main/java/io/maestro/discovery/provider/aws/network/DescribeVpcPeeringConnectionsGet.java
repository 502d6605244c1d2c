package io.maestro.discovery.provider.aws.network;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeVpcPeeringConnectionsResponse;

/** VPC peering connections, one page of {@code DescribeVpcPeeringConnections}. */
public final class DescribeVpcPeeringConnectionsGet extends Ec2ListGet {

    public DescribeVpcPeeringConnectionsGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeVpcPeeringConnections", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeVpcPeeringConnectionsResponse response = ec2.describeVpcPeeringConnections(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.vpcPeeringConnections()), response.nextToken());
    }
}
