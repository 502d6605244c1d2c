package io.maestro.discovery.provider.aws.services;

import static io.maestro.discovery.provider.support.ProviderCommand.Translation.perItem;

import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsTask;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The AWS tasks of managed services (§4.2): each becomes {@code applications} of one family and provider label.
 * Page sizes: each call's 0.6 default and API range, given to {@link AwsPageSizes}.
 */
@Configuration(proxyBeanMethods = false)
public class AwsManagedServiceTasks {

    @Bean
    AwsTask awsLoadbalanceList(AwsClients clients, AwsPageSizes sizes) {
        int pageSize = sizes.scan(200, 1, 400);
        return new AwsTask("loadbalance-list", List.of(
                new ProviderCommand("describe_load_balancers", LoadBalancerTranslation.TARGET,
                        new LoadBalancersGet(clients, pageSize), perItem(new LoadBalancerTranslation())),
                new ProviderCommand("describe_load_balancers_classic", LoadBalancerTranslation.TARGET,
                        new ClassicLoadBalancersGet(clients, pageSize), perItem(new LoadBalancerTranslation()))));
    }

    @Bean
    AwsTask awsDbsList(AwsClients clients, AwsPageSizes sizes) {
        return new AwsTask("dbs-list", List.of(new ProviderCommand("describe_db_instances", DbInstanceTranslation.TARGET,
                new DbInstancesGet(clients, sizes.dbScan(100, 20, 100)), perItem(new DbInstanceTranslation()))));
    }

    @Bean
    AwsTask awsStorageObjectList(AwsClients clients, AwsPageSizes sizes) {
        return new AwsTask("storage-object-list", List.of(new ProviderCommand("list_buckets", BucketTranslation.TARGET,
                new BucketsGet(clients, sizes.scan(1000, 1, 10000)), perItem(new BucketTranslation()))));
    }

    @Bean
    AwsTask awsBrokersList(AwsClients clients) {
        return new AwsTask("brokers-list", List.of(new ProviderCommand("list_queues", QueueAccountTranslation.TARGET,
                new QueuesGet(clients), new QueueAccountTranslation())));
    }

    @Bean
    AwsTask awsCacheList(AwsClients clients, AwsPageSizes sizes) {
        return new AwsTask("cache-list", List.of(new ProviderCommand("describe_cache_clusters",
                CacheClusterTranslation.TARGET, new CacheClustersGet(clients, sizes.scan(100, 20, 100)),
                perItem(new CacheClusterTranslation()))));
    }

    @Bean
    AwsTask awsSmtpList(AwsClients clients, AwsPageSizes sizes) {
        return new AwsTask("smtp-list", List.of(new ProviderCommand("list_identities", SmtpTranslation.TARGET,
                new IdentitiesGet(clients, sizes.scan(500, 1, 1000)), new SmtpTranslation())));
    }

    @Bean
    AwsTask awsCdnsList(AwsClients clients, AwsPageSizes sizes) {
        int pageSize = sizes.cdnScan(100, 1, 1000);
        return new AwsTask("cdns-list", List.of(
                new ProviderCommand("list_distributions", DistributionTranslation.TARGET,
                        new DistributionsGet(clients, pageSize), perItem(DistributionTranslation.web())),
                new ProviderCommand("list_streaming_distributions", DistributionTranslation.TARGET,
                        new StreamingDistributionsGet(clients, pageSize), perItem(DistributionTranslation.rtmp()))));
    }

    @Bean
    AwsTask awsServerlessList(AwsClients clients, AwsPageSizes sizes) {
        return new AwsTask("serverless-list", List.of(new ProviderCommand("list_functions", FunctionTranslation.TARGET,
                new FunctionsGet(clients, sizes.scan(50, 1, 50)), perItem(new FunctionTranslation()))));
    }

    @Bean
    AwsTask awsServerlessSupportList(AwsClients clients, AwsPageSizes sizes) {
        return new AwsTask("serverless-support-list", List.of(new ProviderCommand("list_layers", LayerTranslation.TARGET,
                new LayersGet(clients, sizes.scan(50, 1, 50)), perItem(new LayerTranslation()))));
    }

    @Bean
    AwsTask awsDynamodbList(AwsClients clients, AwsPageSizes sizes) {
        return new AwsTask("dynamodb-list", List.of(new ProviderCommand("list_tables", TableTranslation.TARGET,
                new TablesGet(clients, sizes.scan(100, 1, 100)), perItem(new TableTranslation()))));
    }

    @Bean
    AwsTask awsGatewayList(AwsClients clients, AwsPageSizes sizes) {
        return new AwsTask("gateway-list", List.of(new ProviderCommand("get_rest_apis", RestApiTranslation.TARGET,
                new RestApisGet(clients, sizes.scan(500, 1, 500)), perItem(new RestApiTranslation()))));
    }

    @Bean
    AwsTask awsSearchList(AwsClients clients) {
        return new AwsTask("search-list", List.of(new ProviderCommand("describe_domains", SearchDomainTranslation.TARGET,
                new SearchDomainsGet(clients), perItem(new SearchDomainTranslation()))));
    }
}
