package io.maestro.discovery.provider.aws.services;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsProvider;
import io.maestro.discovery.provider.aws.AwsTask;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The managed-service tasks as {@link AwsProvider} gathers them. */
class AwsManagedServiceTasksTest {

    @Test
    void theProviderOffersEveryManagedServiceTaskWithApplicationTargets() {
        AwsManagedServiceTasks config = new AwsManagedServiceTasks();
        AwsPageSizes sizes = AwsPageSizes.DEFAULTS;
        List<AwsTask> tasks = List.of(config.awsLoadbalanceList(AwsStubs.CLIENTS, sizes),
                config.awsDbsList(AwsStubs.CLIENTS, sizes), config.awsStorageObjectList(AwsStubs.CLIENTS, sizes),
                config.awsBrokersList(AwsStubs.CLIENTS), config.awsCacheList(AwsStubs.CLIENTS, sizes),
                config.awsSmtpList(AwsStubs.CLIENTS, sizes), config.awsCdnsList(AwsStubs.CLIENTS, sizes),
                config.awsServerlessList(AwsStubs.CLIENTS, sizes),
                config.awsServerlessSupportList(AwsStubs.CLIENTS, sizes),
                config.awsDynamodbList(AwsStubs.CLIENTS, sizes), config.awsGatewayList(AwsStubs.CLIENTS, sizes),
                config.awsSearchList(AwsStubs.CLIENTS));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < tasks.size(); i++) {
            beans.addBean("task" + i, tasks.get(i));
        }

        Map<String, List<DiscoveryCommand>> offered = new AwsProvider(beans.getBeanProvider(AwsTask.class)).tasks();

        assertThat(offered).containsOnlyKeys("loadbalance-list", "dbs-list", "storage-object-list", "brokers-list",
                "cache-list", "smtp-list", "cdns-list", "serverless-list", "serverless-support-list", "dynamodb-list",
                "gateway-list", "search-list");
        offered.forEach((task, commands) -> {
            assertThat(commands).extracting(DiscoveryCommand::name).doesNotHaveDuplicates();
            assertThat(commands).allSatisfy(command -> {
                assertThat(command.target().entity()).isEqualTo("applications");
                assertThat(command.target().key()).isEqualTo("unique_id");
                assertThat(command.target().family()).isNotBlank();
                assertThat(command.target().provider()).endsWith("(AWS)");
            });
        });
        // Two Database tasks never clean up each other's records: their provider labels differ.
        assertThat(List.of("dbs-list", "dynamodb-list", "search-list"))
                .extracting(task -> offered.get(task).get(0).target().provider())
                .containsExactly("RDS (AWS)", "DynamoDB (AWS)", "CloudSearch (AWS)");
    }
}
