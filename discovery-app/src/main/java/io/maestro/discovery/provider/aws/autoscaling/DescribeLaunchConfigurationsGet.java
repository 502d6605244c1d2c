package io.maestro.discovery.provider.aws.autoscaling;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.DescribeLaunchConfigurationsResponse;

/** Launch configurations, one page of {@code DescribeLaunchConfigurations} ({@code MaxRecords} = page size). */
public final class DescribeLaunchConfigurationsGet extends AutoScalingListGet {

    public DescribeLaunchConfigurationsGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeLaunchConfigurations", pageSize);
    }

    @Override
    protected FetchedPage list(AutoScalingClient autoScaling, String pageToken) {
        DescribeLaunchConfigurationsResponse response = autoScaling.describeLaunchConfigurations(request -> request
                .maxRecords(pageSize())
                .nextToken(pageToken));
        return new FetchedPage(AwsPayloads.toMaps(response.launchConfigurations()), response.nextToken());
    }
}
