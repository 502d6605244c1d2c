package io.maestro.discovery.provider.aws.autoscaling;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.aws.AwsRecordedTest;
import io.maestro.discovery.provider.aws.AwsTask;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import io.maestro.discovery.provider.support.Checksums;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code autoscaling-list} and {@code autoscaling-support-list} against recorded Auto Scaling answers. */
class AwsAutoScalingTasksTest extends AwsRecordedTest {

    private static final String WEB_ASG = "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:"
            + "8e1b6d3c-2a4f-4c5e-9b7d-1f2e3d4c5b6a:autoScalingGroupName/web-asg";

    private final AwsAutoScalingTasks tasks = new AwsAutoScalingTasks();

    @Test
    void autoScalingGroupsPageByPage() {
        aws.page("DescribeAutoScalingGroups", null, "autoscaling/describe-auto-scaling-groups-1.xml");
        aws.page("DescribeAutoScalingGroups", "YXNnLXBhZ2UtMg==", "autoscaling/describe-auto-scaling-groups-2.xml");
        AwsTask task = tasks.awsAutoScalingList(aws.clients(), AwsPageSizes.DEFAULTS);
        DiscoveryCommand command = task.commands().get(0);

        List<Map<String, Object>> groups = crawlAndTranslate(command);

        assertThat(task.task()).isEqualTo("autoscaling-list");
        assertThat(command.target()).isEqualTo(CommandTarget.of(Inventory.APPLICATIONS, "AutoScaling", "AutoScaling (AWS)"));
        aws.server().verify(2, postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeAutoScalingGroups"))
                .withFormParam("MaxRecords", equalTo("100")));
        assertThat(groups).hasSize(2);
        Map<String, Object> web = groups.get(0);
        assertThat(web).containsEntry("name", "web-asg")
                .containsEntry("unique_id", WEB_ASG)
                .containsEntry("loadbalance_names", List.of("web-elb"))
                .containsEntry("role", Map.of("launch_configuration_name", "web-lc-v3", "min_size", 2, "max_size", 6,
                        "desired_capacity", 2, "health_check_type", "ELB", "health_check_grace_period", 300,
                        "default_cooldown", 300,
                        "vpc_zone_identifier", "subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002"))
                .containsEntry("active", true)
                .containsEntry("environment", "Production")
                .as("the empty team tag is left out")
                .containsEntry("tags", List.of(Map.of("key", "Environment", "value", "production")))
                .containsEntry("created_at", "2026-09-01T08:00:00Z")
                .containsEntry("updated_at", "2026-09-01T08:00:00Z")
                .containsEntry("provider", "AutoScaling (AWS)")
                .containsEntry("family", "AutoScaling")
                .containsEntry("own", 1)
                .containsEntry("datacenters", datacenter(Map.of("zone", List.of("us-east-1a", "us-east-1b"),
                        "subnet_zones", List.of("us-east-1a", "us-east-1b"))))
                .containsEntry("checksum", Checksums.of(AwsTestCloud.items(aws.crawl(command, REGION)).get(0)))
                .doesNotContainKey("status");
        assertThat(web.get("instances")).isEqualTo(List.of(Map.of("InstanceId", "i-0a1b2c3d4e5f60001",
                "InstanceType", "t3.micro", "AvailabilityZone", "us-east-1a", "LifecycleState", "InService",
                "HealthStatus", "Healthy", "LaunchConfigurationName", "web-lc-v3", "ProtectedFromScaleIn", false)));

        Map<String, Object> deleting = groups.get(1);
        assertThat(deleting).containsEntry("name", "batch-spot")
                .containsEntry("status", "Delete in progress")
                .containsEntry("active", false)
                .doesNotContainKeys("loadbalance_names", "instances", "tags", "environment");
        assertThat(deleting.get("role")).isEqualTo(Map.of(
                "launch_template", Map.of("LaunchTemplateId", "lt-0a1b2c3d4e5f60001", "LaunchTemplateName", "batch",
                        "Version", "$Latest"),
                "min_size", 0, "max_size", 10, "desired_capacity", 0, "health_check_type", "EC2",
                "health_check_grace_period", 0, "default_cooldown", 300,
                "vpc_zone_identifier", "subnet-0a1b2c3d4e5f60003"));
    }

    @Test
    void launchConfigurationsWithoutTheirUserData() {
        aws.page("DescribeLaunchConfigurations", null, "autoscaling/describe-launch-configurations.xml");
        AwsTask task = tasks.awsAutoScalingSupportList(aws.clients(), AwsPageSizes.DEFAULTS);
        DiscoveryCommand command = task.commands().get(0);

        List<Map<String, Object>> configurations = crawlAndTranslate(command);

        assertThat(task.task()).isEqualTo("autoscaling-support-list");
        assertThat(command.target())
                .isEqualTo(CommandTarget.of(Inventory.APPLICATIONS, "AutoScalingPlan", "AutoScaling (AWS)"));
        aws.server().verify(1, postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeLaunchConfigurations"))
                .withFormParam("MaxRecords", equalTo("100")));
        assertThat(configurations).hasSize(1);
        Map<String, Object> configuration = configurations.get(0);
        assertThat(configuration).containsEntry("name", "web-lc-v3")
                .containsEntry("unique_id", "arn:aws:autoscaling:us-east-1:123456789012:launchConfiguration:"
                        + "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d:launchConfigurationName/web-lc-v3")
                .containsEntry("status", "Active")
                .containsEntry("active", true)
                .containsEntry("created_at", "2026-08-30T16:45:00Z")
                .containsEntry("provider", "AutoScaling (AWS)")
                .containsEntry("family", "AutoScalingPlan")
                .containsEntry("own", 1)
                .containsEntry("datacenters", datacenter(Map.of("security_groups", List.of("sg-0a1b2c3d4e5f60001"))))
                .containsEntry("role", Map.of(
                        "image_id", "ami-0a1b2c3d4e5f60001",
                        "instance_type", "t3.small",
                        "key_name", "deploy-2026",
                        "storage", List.of(Map.of("name", "/dev/xvda", "delete_termination", true, "volume_size", 16,
                                "volume_type", "gp3")),
                        "instance_monitoring", true,
                        "iam_instance_profile", "web",
                        "ebs_optimized", false,
                        "associate_public_ip_address", true,
                        "metadata_options", Map.of("HttpTokens", "required", "HttpPutResponseHopLimit", 2,
                                "HttpEndpoint", "enabled")));
        assertThat(configuration.toString()).doesNotContain("IyEvYmluL2Jhc2g");
    }
}
