package io.maestro.discovery.provider.aws.autoscaling;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsListGet;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;

/** A Get of one Auto Scaling {@code Describe*} call. */
abstract class AutoScalingListGet extends AwsListGet<AutoScalingClient> {

    AutoScalingListGet(AwsClients clients, String action, int pageSize) {
        super(clients, action, pageSize);
    }

    @Override
    protected final AwsClients.Lease<AutoScalingClient> lease(AwsClients clients,
            SyncConnection connection, String region) {
        return clients.lease(AutoScalingClient.builder(), connection, region);
    }
}
