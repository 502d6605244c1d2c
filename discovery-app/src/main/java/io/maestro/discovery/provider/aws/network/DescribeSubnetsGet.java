package io.maestro.discovery.provider.aws.network;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;

/** Subnets, one page of {@code DescribeSubnets}. */
public final class DescribeSubnetsGet extends Ec2ListGet {

    public DescribeSubnetsGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeSubnets", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeSubnetsResponse response = ec2.describeSubnets(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.subnets()), response.nextToken());
    }
}
