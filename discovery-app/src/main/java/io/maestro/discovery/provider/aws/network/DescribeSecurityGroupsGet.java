package io.maestro.discovery.provider.aws.network;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;

/** Security groups, one page of {@code DescribeSecurityGroups}. */
public final class DescribeSecurityGroupsGet extends Ec2ListGet {

    public DescribeSecurityGroupsGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeSecurityGroups", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeSecurityGroupsResponse response = ec2.describeSecurityGroups(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.securityGroups()), response.nextToken());
    }
}
