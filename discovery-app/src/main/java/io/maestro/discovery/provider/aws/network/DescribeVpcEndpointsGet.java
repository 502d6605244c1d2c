package io.maestro.discovery.provider.aws.network;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsResponse;

/** VPC endpoints, one page of {@code DescribeVpcEndpoints}. */
public final class DescribeVpcEndpointsGet extends Ec2ListGet {

    public DescribeVpcEndpointsGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeVpcEndpoints", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeVpcEndpointsResponse response = ec2.describeVpcEndpoints(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.vpcEndpoints()), response.nextToken());
    }
}
