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
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

/**
 * Application, network and gateway load balancers: elasticloadbalancingv2 DescribeLoadBalancers, by Marker, with
 * their tags (DescribeTags by ARN).
 */
final class LoadBalancersGet implements AwsCommand.AwsGet {

    private final AwsClients clients;
    private final int pageSize;

    LoadBalancersGet(AwsClients clients, int pageSize) {
        this.clients = clients;
        this.pageSize = pageSize;
    }

    @Override
    public FetchedPage page(SyncConnection connection, String region, String pageToken) {
        try (ElasticLoadBalancingV2Client elb =
                clients.build(ElasticLoadBalancingV2Client.builder(), connection, region)) {
            DescribeLoadBalancersResponse response = AwsErrors.call("DescribeLoadBalancers",
                    () -> elb.describeLoadBalancers(request -> request.pageSize(pageSize).marker(pageToken)));
            List<Map<String, Object>> items = LoadBalancerTags.attach(AwsPayloads.toMaps(response.loadBalancers()),
                    "LoadBalancerArn", arns -> AwsErrors.call("DescribeTags",
                            () -> elb.describeTags(request -> request.resourceArns(arns))).tagDescriptions().stream()
                            .collect(Collectors.toMap(TagDescription::resourceArn,
                                    description -> AwsPayloads.toMaps(description.tags()))));
            return new FetchedPage(items, response.nextMarker());
        }
    }
}
