package io.maestro.discovery.provider.aws.compute;

import static io.maestro.discovery.provider.support.ProviderCommand.Translation.perItem;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsTask;
import io.maestro.discovery.provider.aws.Ec2ListGet;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The EC2 compute tasks: instances (sized by EC2's DescribeInstanceTypes), EBS volumes, snapshots and AMIs (§4.2). */
@Configuration(proxyBeanMethods = false)
public class AwsComputeTasks {

    @Bean
    AwsTask awsServerList(AwsClients clients, AwsPageSizes pageSizes) {
        return new AwsTask("server-list", List.of(new ProviderCommand("describe_instances", CommandTarget.of(Inventory.SERVERS),
                new InstancesWithSizesGet(new DescribeInstancesGet(clients, Ec2ListGet.pageSizeOf(pageSizes)),
                        new InstanceTypeSizes(clients)),
                perItem(new InstanceTranslation()))));
    }

    @Bean
    AwsTask awsVolumesList(AwsClients clients, AwsPageSizes pageSizes) {
        return new AwsTask("volumes-list", List.of(new ProviderCommand("describe_volumes", CommandTarget.of(Inventory.VOLUMES),
                new DescribeVolumesGet(clients, Ec2ListGet.pageSizeOf(pageSizes)),
                perItem(new VolumeTranslation()))));
    }

    @Bean
    AwsTask awsSnapshotList(AwsClients clients, AwsPageSizes pageSizes) {
        return new AwsTask("snapshot-list", List.of(new ProviderCommand("describe_snapshots", CommandTarget.of(Inventory.SNAPSHOTS),
                new DescribeSnapshotsGet(clients, Ec2ListGet.pageSizeOf(pageSizes)),
                perItem(new SnapshotTranslation()))));
    }

    @Bean
    AwsTask awsImagesList(AwsClients clients, AwsPageSizes pageSizes) {
        return new AwsTask("images-list", List.of(new ProviderCommand("describe_images", CommandTarget.of(Inventory.IMAGES),
                new DescribeImagesGet(clients, Ec2ListGet.pageSizeOf(pageSizes)),
                perItem(new ImageTranslation()))));
    }
}
