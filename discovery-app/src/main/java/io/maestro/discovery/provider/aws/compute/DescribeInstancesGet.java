package io.maestro.discovery.provider.aws.compute;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;

/** EC2 instances, one page of {@code DescribeInstances}, the reservations flattened into their instances. */
public final class DescribeInstancesGet extends Ec2ListGet {

    public DescribeInstancesGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeInstances", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeInstancesResponse response = ec2.describeInstances(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(
                AwsPayloads.toMaps(response.reservations().stream()
                        .flatMap(reservation -> reservation.instances().stream())
                        .toList()),
                response.nextToken());
    }
}
