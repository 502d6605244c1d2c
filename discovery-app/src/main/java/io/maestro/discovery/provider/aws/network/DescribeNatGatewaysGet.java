package io.maestro.discovery.provider.aws.network;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;

/** NAT gateways, one page of {@code DescribeNatGateways}. */
public final class DescribeNatGatewaysGet extends Ec2ListGet {

    public DescribeNatGatewaysGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeNatGateways", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeNatGatewaysResponse response = ec2.describeNatGateways(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.natGateways()), response.nextToken());
    }
}
