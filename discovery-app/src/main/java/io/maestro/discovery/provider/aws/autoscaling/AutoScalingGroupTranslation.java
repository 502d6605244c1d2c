package io.maestro.discovery.provider.aws.autoscaling;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsApplications;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.aws.AwsDocuments;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/** An Auto Scaling group → an {@code applications} document of family {@code AutoScaling}, identified by its ARN. */
public final class AutoScalingGroupTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "AutoScaling", AwsAutoScalingTasks.PROVIDER);

    /** AWS sets {@code Status} only while a group is being deleted. */
    private static final Set<String> INACTIVE = Set.of("delete in progress");

    @Override
    public Map<String, Object> translate(Map<String, Object> group, TranslationContext context) {
        String arn = text(group, "AutoScalingGroupARN");
        String name = text(group, "AutoScalingGroupName");
        if (arn == null || name == null) {
            return null;
        }
        return AwsApplications.application(TARGET, group, context)
                .put("name", name)
                .put("unique_id", arn)
                .put("loadbalance_names", at(group, "LoadBalancerNames"))
                .put("instances", at(group, "Instances"))
                .put("role", Documents.document()
                        .put("launch_configuration_name", text(group, "LaunchConfigurationName"))
                        .put("launch_template", at(group, "LaunchTemplate"))
                        .put("min_size", at(group, "MinSize"))
                        .put("max_size", at(group, "MaxSize"))
                        .put("desired_capacity", at(group, "DesiredCapacity"))
                        .put("health_check_type", text(group, "HealthCheckType"))
                        .put("health_check_grace_period", at(group, "HealthCheckGracePeriod"))
                        .put("default_cooldown", at(group, "DefaultCooldown"))
                        .put("vpc_zone_identifier", text(group, "VPCZoneIdentifier")))
                .put("status", AwsDocuments.status(group, "Status"))
                .put("active", AwsDocuments.active(AwsDocuments.state(group, "Status"), INACTIVE))
                .put("environment", AwsDocuments.tag(group, "environment"))
                .put("tags", AwsDocuments.tags(group))
                .put("created_at", text(group, "CreatedTime"))
                .put("updated_at", text(group, "CreatedTime"))
                .build();
    }
}
