package io.maestro.discovery.provider.aws.autoscaling;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.DescribeAutoScalingGroupsResponse;

/** Auto Scaling groups, one page of {@code DescribeAutoScalingGroups}; the page size is its {@code MaxRecords}. */
public final class DescribeAutoScalingGroupsGet extends AutoScalingListGet {

    public DescribeAutoScalingGroupsGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeAutoScalingGroups", pageSize);
    }

    @Override
    protected FetchedPage list(AutoScalingClient autoScaling, String pageToken) {
        DescribeAutoScalingGroupsResponse response = autoScaling.describeAutoScalingGroups(request -> request
                .maxRecords(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.autoScalingGroups()), response.nextToken());
    }
}
