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
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

/**
 * Application, network and gateway load balancers: elasticloadbalancingv2 DescribeLoadBalancers, by Marker, with
 * their tags (DescribeTags by ARN).
 */
final class LoadBalancersGet extends AwsListGet<ElasticLoadBalancingV2Client> {

    LoadBalancersGet(AwsClients clients, int pageSize) {
        super(clients, "DescribeLoadBalancers", pageSize);
    }

    @Override
    protected AwsClients.Lease<ElasticLoadBalancingV2Client> lease(AwsClients clients,
            SyncConnection connection, String region) {
        return clients.lease(ElasticLoadBalancingV2Client.builder(), connection, region);
    }

    @Override
    protected FetchedPage list(ElasticLoadBalancingV2Client elb, String pageToken) {
        DescribeLoadBalancersResponse response = elb.describeLoadBalancers(request -> request
                .pageSize(pageSize()).marker(pageToken));
        List<Map<String, Object>> items = LoadBalancerTags.attach(AwsPayloads.toMaps(response.loadBalancers()),
                "LoadBalancerArn", ids -> AwsErrors.call("DescribeTags",
                        () -> elb.describeTags(request -> request.resourceArns(ids))).tagDescriptions().stream()
                        .collect(Collectors.toMap(TagDescription::resourceArn,
                                description -> AwsPayloads.toMaps(description.tags()))));
        return new FetchedPage(items, response.nextMarker());
    }
}
