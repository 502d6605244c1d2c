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

/**
 * A launch configuration → an {@code applications} document of family {@code AutoScalingPlan}: what an Auto Scaling
 * group launches. {@code UserData} is left out: it often carries secrets and is no inventory fact.
 */
public final class LaunchConfigurationTranslation implements ProviderCommand.ItemTranslation {

    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "AutoScalingPlan", AwsAutoScalingTasks.PROVIDER);

    @Override
    public Map<String, Object> translate(Map<String, Object> configuration, TranslationContext context) {
        String arn = text(configuration, "LaunchConfigurationARN");
        String name = text(configuration, "LaunchConfigurationName");
        if (arn == null || name == null) {
            return null;
        }
        return AwsApplications.application(TARGET, configuration, context)
                .put("name", name)
                .put("unique_id", arn)
                .put("role", Documents.document()
                        .put("image_id", text(configuration, "ImageId"))
                        .put("instance_type", text(configuration, "InstanceType"))
                        .put("key_name", text(configuration, "KeyName"))
                        .put("storage", AwsDocuments.imageStorage(configuration))
                        .put("instance_monitoring", at(configuration, "InstanceMonitoring.Enabled"))
                        .put("iam_instance_profile", text(configuration, "IamInstanceProfile"))
                        .put("ebs_optimized", at(configuration, "EbsOptimized"))
                        .put("associate_public_ip_address", at(configuration, "AssociatePublicIpAddress"))
                        .put("placement_tenancy", text(configuration, "PlacementTenancy"))
                        .put("spot_price", text(configuration, "SpotPrice"))
                        .put("kernel_id", text(configuration, "KernelId"))
                        .put("ramdisk_id", text(configuration, "RamdiskId"))
                        .put("metadata_options", at(configuration, "MetadataOptions")))
                .put("status", "Active")
                .put("active", true)
                .put("created_at", text(configuration, "CreatedTime"))
                .put("updated_at", text(configuration, "CreatedTime"))
                .build();
    }
}
