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

/** An EBS snapshot → a {@code snapshots} document. */
public final class SnapshotTranslation implements ProviderCommand.ItemTranslation {

    private static final Set<String> INACTIVE = Set.of("error");

    @Override
    public Map<String, Object> translate(Map<String, Object> snapshot, TranslationContext context) {
        String snapshotId = text(snapshot, "SnapshotId");
        if (snapshotId == null) {
            return null;
        }
        String name = AwsDocuments.tag(snapshot, "name");
        return Documents.document()
                .put("name", name == null ? snapshotId : name)
                .put("unique_id", snapshotId)
                .put("description", text(snapshot, "Description"))
                .put("data_encryption_key_id", text(snapshot, "DataEncryptionKeyId"))
                .put("encrypted", at(snapshot, "Encrypted"))
                .put("kms_key_id", text(snapshot, "KmsKeyId"))
                .put("owner_id", text(snapshot, "OwnerId"))
                .put("owner_alias", text(snapshot, "OwnerAlias"))
                .put("progress", text(snapshot, "Progress"))
                .put("start_time", text(snapshot, "StartTime"))
                .put("state_message", text(snapshot, "StateMessage"))
                .put("volume_id", text(snapshot, "VolumeId"))
                .put("size", at(snapshot, "VolumeSize"))
                .put("environment", AwsDocuments.tag(snapshot, "environment"))
                .put("status", AwsDocuments.status(snapshot, "State"))
                .put("active", AwsDocuments.active(AwsDocuments.state(snapshot, "State"), INACTIVE))
                .put("datacenters", AwsDocuments.resourceDatacenter(snapshot, context))
                .put("checksum", Checksums.of(snapshot))
                .build();
    }
}
