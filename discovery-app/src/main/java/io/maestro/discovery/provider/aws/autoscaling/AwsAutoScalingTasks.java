package io.maestro.discovery.provider.aws.autoscaling;

import static io.maestro.discovery.provider.support.ProviderCommand.Translation.perItem;

import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsTask;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Auto Scaling tasks: {@code autoscaling-list} (groups → applications of family {@code AutoScaling}) and
 * {@code autoscaling-support-list} (launch configurations → applications of family {@code AutoScalingPlan}, the family
 * 0.6 gave this task's records).
 */
@Configuration(proxyBeanMethods = false)
public class AwsAutoScalingTasks {

    static final String PROVIDER = "AutoScaling (AWS)";
    /** 0.6's {@code MaxRecords}, also the largest the API accepts (1–100). */
    private static final int PAGE = 100;

    @Bean
    AwsTask awsAutoScalingList(AwsClients clients, AwsPageSizes pageSizes) {
        return new AwsTask("autoscaling-list", List.of(new ProviderCommand("describe_auto_scaling_groups",
                AutoScalingGroupTranslation.TARGET,
                new DescribeAutoScalingGroupsGet(clients, pageSizes.scan(PAGE, 1, PAGE)),
                perItem(new AutoScalingGroupTranslation()))));
    }

    @Bean
    AwsTask awsAutoScalingSupportList(AwsClients clients, AwsPageSizes pageSizes) {
        return new AwsTask("autoscaling-support-list", List.of(new ProviderCommand("describe_launch_configurations",
                LaunchConfigurationTranslation.TARGET,
                new DescribeLaunchConfigurationsGet(clients, pageSizes.scan(PAGE, 1, PAGE)),
                perItem(new LaunchConfigurationTranslation()))));
    }
}
