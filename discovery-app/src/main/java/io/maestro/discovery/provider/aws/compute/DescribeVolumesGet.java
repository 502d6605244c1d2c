package io.maestro.discovery.provider.aws.compute;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeVolumesResponse;

/** EBS volumes, one page of {@code DescribeVolumes}. */
public final class DescribeVolumesGet extends Ec2ListGet {

    public DescribeVolumesGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeVolumes", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeVolumesResponse response = ec2.describeVolumes(request -> request
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.volumes()), response.nextToken());
    }
}
