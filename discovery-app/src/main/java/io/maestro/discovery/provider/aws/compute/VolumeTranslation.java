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

/** An EBS volume → a {@code volumes} document (§4.3 "EBS volume → volume"). */
public final class VolumeTranslation implements ProviderCommand.ItemTranslation {

    private static final Map<String, String> STATUS = Map.of(
            "creating", "Active", "in-use", "Active", "available", "Available",
            "deleting", "Deleted", "deleted", "Deleted", "error", "Error");
    private static final Set<String> INACTIVE = Set.of("deleting", "deleted", "error");

    @Override
    public Map<String, Object> translate(Map<String, Object> volume, TranslationContext context) {
        String volumeId = text(volume, "VolumeId");
        if (volumeId == null) {
            return null;
        }
        String name = AwsDocuments.tag(volume, "name");
        String state = AwsDocuments.state(volume, "State");
        return Documents.document()
                .put("name", name == null ? volumeId : name)
                .put("unique_id", volumeId)
                .put("environment", AwsDocuments.tag(volume, "environment"))
                .put("availability_zone", text(volume, "AvailabilityZone"))
                .put("attachments", at(volume, "Attachments"))
                .put("encrypted", at(volume, "Encrypted"))
                .put("kms_key_id", text(volume, "KmsKeyId"))
                .put("size", at(volume, "Size"))
                .put("snapshot_id", text(volume, "SnapshotId"))
                .put("volume_type", text(volume, "VolumeType"))
                .put("iops", at(volume, "Iops"))
                .put("status", state == null ? null : STATUS.get(state))
                .put("active", AwsDocuments.active(state, INACTIVE))
                .put("created_at", text(volume, "CreateTime"))
                .put("datacenters", AwsDocuments.resourceDatacenter(volume, context))
                .put("checksum", Checksums.of(volume))
                .build();
    }
}
