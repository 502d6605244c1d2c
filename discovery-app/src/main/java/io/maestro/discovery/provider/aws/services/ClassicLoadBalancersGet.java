package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsPayloads;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancersResponse;

/** Classic load balancers: elasticloadbalancing DescribeLoadBalancers, by Marker. */
final class ClassicLoadBalancersGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    ClassicLoadBalancersGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (ElasticLoadBalancingClient elb = clients.build(ElasticLoadBalancingClient.builder(), connection, region)) {
            DescribeLoadBalancersResponse response = AwsErrors.call("DescribeLoadBalancers",
                    () -> elb.describeLoadBalancers(request -> request.pageSize(pageSize).marker(pageToken)));
            return new FetchedPage(AwsPayloads.toMaps(response.loadBalancerDescriptions()), response.nextMarker());
        }
    }
}
