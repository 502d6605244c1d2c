package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsErrors;
import io.maestro.discovery.provider.aws.AwsListGet;
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
final class ClassicLoadBalancersGet extends AwsListGet<ElasticLoadBalancingClient> {

    ClassicLoadBalancersGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeLoadBalancers", pageSize);
    }

    @Override
    protected AwsClients.Lease<ElasticLoadBalancingClient> lease(AwsClients clients,
            SyncConnection connection, String region) {
        return clients.lease(ElasticLoadBalancingClient.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(ElasticLoadBalancingClient elb, String pageToken) {
        DescribeLoadBalancersResponse response = elb.describeLoadBalancers(request -> request
                .pageSize(pageSize()).marker(pageToken));
        List<Map<String, Object>> items = LoadBalancerTags.attach(AwsPayloads.toMaps(response.loadBalancerDescriptions()),
                "LoadBalancerName", ids -> AwsErrors.call("DescribeTags",
                        () -> elb.describeTags(request -> request.loadBalancerNames(ids))).tagDescriptions().stream()
                        .collect(Collectors.toMap(TagDescription::loadBalancerName,
                                description -> AwsPayloads.toMaps(description.tags()))));
        return new FetchedPage(items, response.nextMarker());
    }
}
