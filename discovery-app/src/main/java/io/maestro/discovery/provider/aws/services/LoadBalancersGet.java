package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;

/** Application, network and gateway load balancers: elasticloadbalancingv2 DescribeLoadBalancers, by Marker. */
final class LoadBalancersGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    LoadBalancersGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (ElasticLoadBalancingV2Client elb = clients.build(ElasticLoadBalancingV2Client.builder(), connection, region)) {
            DescribeLoadBalancersResponse response = AwsErrors.call("DescribeLoadBalancers",
                    () -> elb.describeLoadBalancers(request -> request.pageSize(pageSize).marker(pageToken)));
            return new FetchedPage(AwsPayloads.toMaps(response.loadBalancers()), response.nextMarker());
        }
    }
}
