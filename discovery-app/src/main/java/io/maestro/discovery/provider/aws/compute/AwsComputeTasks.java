package io.maestro.discovery.provider.aws.compute;

import static io.maestro.discovery.provider.aws.AwsCommand.AwsTranslation.perItem;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsCommand;
import io.maestro.discovery.provider.aws.AwsPageSize;
import io.maestro.discovery.provider.aws.AwsTask;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The EC2 compute tasks: instances, EBS volumes, snapshots and AMIs (§4.2). */
@Configuration(proxyBeanMethods = false)
public class AwsComputeTasks {

    /** EC2's largest {@code MaxResults}; 0.6 asked for 200. */
    private static final int EC2_MAXIMUM = 1000;
    private static final int DEFAULT_PAGE = 200;

    @Bean
    AwsTask awsServerList(AwsClients clients, AwsPageSize pageSize) {
        return new AwsTask("server-list", List.of(new AwsCommand("describe_instances", CommandTarget.of("servers"),
                new DescribeInstancesGet(clients, pageSize.of(DEFAULT_PAGE, EC2_MAXIMUM)),
                perItem(new InstanceTranslation()))));
    }

    @Bean
    AwsTask awsVolumesList(AwsClients clients, AwsPageSize pageSize) {
        return new AwsTask("volumes-list", List.of(new AwsCommand("describe_volumes", CommandTarget.of("volumes"),
                new DescribeVolumesGet(clients, pageSize.of(DEFAULT_PAGE, EC2_MAXIMUM)),
                perItem(new VolumeTranslation()))));
    }

    @Bean
    AwsTask awsSnapshotList(AwsClients clients, AwsPageSize pageSize) {
        return new AwsTask("snapshot-list", List.of(new AwsCommand("describe_snapshots", CommandTarget.of("snapshots"),
                new DescribeSnapshotsGet(clients, pageSize.of(DEFAULT_PAGE, EC2_MAXIMUM)),
                perItem(new SnapshotTranslation()))));
    }

    @Bean
    AwsTask awsImagesList(AwsClients clients, AwsPageSize pageSize) {
        return new AwsTask("images-list", List.of(new AwsCommand("describe_images", CommandTarget.of("images"),
                new DescribeImagesGet(clients, pageSize.of(DEFAULT_PAGE, EC2_MAXIMUM)),
                perItem(new ImageTranslation()))));
    }
}
