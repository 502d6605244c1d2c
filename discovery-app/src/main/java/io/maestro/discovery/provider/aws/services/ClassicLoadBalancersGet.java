package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsPayloads;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancing.model.TagDescription;

/**
 * Classic load balancers: elasticloadbalancing DescribeLoadBalancers, by Marker, with their tags (DescribeTags by
 * name).
 */
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
            List<Map<String, Object>> items = LoadBalancerTags.attach(
                    AwsPayloads.toMaps(response.loadBalancerDescriptions()), "LoadBalancerName",
                    names -> AwsErrors.call("DescribeTags",
                            () -> elb.describeTags(request -> request.loadBalancerNames(names))).tagDescriptions()
                            .stream().collect(Collectors.toMap(TagDescription::loadBalancerName,
                                    description -> AwsPayloads.toMaps(description.tags()))));
            return new FetchedPage(items, response.nextMarker());
        }
    }
}
