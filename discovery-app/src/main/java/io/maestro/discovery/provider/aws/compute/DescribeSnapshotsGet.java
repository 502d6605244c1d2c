package io.maestro.discovery.provider.aws.compute;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeSnapshotsResponse;

/** EBS snapshots the account owns ({@code OwnerIds=self}, not public ones), one page of {@code DescribeSnapshots}. */
public final class DescribeSnapshotsGet extends Ec2ListGet {

    public DescribeSnapshotsGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeSnapshots", pageSize);
    }

    @Override
    protected FetchedPage list(Ec2Client ec2, String pageToken) {
        DescribeSnapshotsResponse response = ec2.describeSnapshots(request -> request
                .ownerIds("self")
                .maxResults(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.snapshots()), response.nextToken());
    }
}
