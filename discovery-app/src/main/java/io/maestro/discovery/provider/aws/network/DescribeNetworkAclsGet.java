package io.maestro.discovery.provider.aws.network;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsResponse;

/** Network ACLs, one page of {@code DescribeNetworkAcls}. */
public final class DescribeNetworkAclsGet extends Ec2ListGet {

    public DescribeNetworkAclsGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeNetworkAcls", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeNetworkAclsResponse response = ec2.describeNetworkAcls(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.networkAcls()), response.nextToken());
    }
}
