package io.maestro.discovery.provider.aws.compute;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.aws.AwsDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import java.util.Map;
import java.util.Set;

/**
 * An AMI → an {@code images} document. The SDK names AWS's {@code isPublic} {@code PublicLaunchPermissions} (boto3:
 * {@code Public}).
 */
public final class ImageTranslation implements ProviderCommand.ItemTranslation {

    private static final Set<String> INACTIVE = Set.of("deregistered", "invalid", "transient", "failed", "error");

    @Override
    public Map<String, Object> translate(Map<String, Object> image, TranslationContext context) {
        String imageId = text(image, "ImageId");
        if (imageId == null) {
            return null;
        }
        String name = text(image, "Name");
        return Documents.document()
                .put("name", name == null || name.isEmpty() ? imageId : name)
                .put("unique_id", imageId)
                .put("image_location", text(image, "ImageLocation"))
                .put("image_type", text(image, "ImageType"))
                .put("public", at(image, "PublicLaunchPermissions"))
                .put("kernel_id", text(image, "KernelId"))
                .put("platform", text(image, "Platform"))
                .put("product_codes", at(image, "ProductCodes"))
                .put("storage", AwsDocuments.imageStorage(image))
                .put("description", text(image, "Description"))
                .put("ena_support", at(image, "EnaSupport"))
                .put("hypervisor", text(image, "Hypervisor"))
                .put("root_device_name", text(image, "RootDeviceName"))
                .put("root_device_type", text(image, "RootDeviceType"))
                .put("state_reason", at(image, "StateReason"))
                .put("environment", AwsDocuments.tag(image, "environment"))
                .put("status", AwsDocuments.status(image, "State"))
                .put("active", AwsDocuments.active(AwsDocuments.state(image, "State"), INACTIVE))
                .put("created_at", text(image, "CreationDate"))
                .put("updated_at", text(image, "CreationDate"))
                .put("datacenters", AwsDocuments.resourceDatacenter(image, context))
                .put("checksum", Checksums.of(image))
                .build();
    }
}
