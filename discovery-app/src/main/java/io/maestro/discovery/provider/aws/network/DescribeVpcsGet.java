package io.maestro.discovery.provider.aws.network;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsResponse;

/** VPCs, one page of {@code DescribeVpcs}. */
public final class DescribeVpcsGet extends Ec2ListGet {

    public DescribeVpcsGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeVpcs", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeVpcsResponse response = ec2.describeVpcs(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.vpcs()), response.nextToken());
    }
}
