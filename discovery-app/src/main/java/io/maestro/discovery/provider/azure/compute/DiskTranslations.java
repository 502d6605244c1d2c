package io.maestro.discovery.provider.azure.compute;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.azure.AzureDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.util.Locale;
import java.util.Map;

/** Managed disks → volumes, snapshots → snapshots, images → images; each identified by its resource id (D1). */
public final class DiskTranslations {

    private DiskTranslations() {
    }

    /** A managed disk: size, SKU, state ({@code Attached}, {@code Unattached}…), the VM holding it. */
    public static ProviderCommand.ItemTranslation disk() {
        return (disk, context) -> {
            String uniqueId = AzureDocuments.uniqueId(disk);
            if (uniqueId == null) {
                return null;
            }
            String provisioning = text(disk, "properties.provisioningState");
            return Documents.document()
                    .put("name", text(disk, "name"))
                    .put("unique_id", uniqueId)
                    .put("size", at(disk, "properties.diskSizeGB"))
                    .put("volume_type", text(disk, "sku.name"))
                    .put("storage_account_type", text(disk, "sku.name"))
                    .put("state", text(disk, "properties.diskState"))
                    .put("status", status(provisioning))
                    .put("iops", at(disk, "properties.diskIOPSReadWrite"))
                    .put("encrypted", text(disk, "properties.encryption.type"))
                    .put("create_option", text(disk, "properties.creationData.createOption"))
                    .put("snapshot_id", lowerCase(text(disk, "properties.creationData.sourceResourceId")))
                    .put("host", lowerCase(text(disk, "managedBy")))
                    .put("tags", AzureDocuments.tags(disk))
                    .put("active", !"Deleting".equalsIgnoreCase(provisioning))
                    .put("datacenters", AzureDocuments.datacenter(disk, context)
                            .put("os_type", text(disk, "properties.osType"))
                            .put("created_at", text(disk, "properties.timeCreated")))
                    .put("checksum", Checksums.of(disk))
                    .build();
        };
    }

    /** A snapshot of a managed disk: its source disk's id, as that volume's {@code unique_id}. */
    public static ProviderCommand.ItemTranslation snapshot() {
        return (snapshot, context) -> {
            String uniqueId = AzureDocuments.uniqueId(snapshot);
            if (uniqueId == null) {
                return null;
            }
            String provisioning = text(snapshot, "properties.provisioningState");
            return Documents.document()
                    .put("name", text(snapshot, "name"))
                    .put("unique_id", uniqueId)
                    .put("size", at(snapshot, "properties.diskSizeGB"))
                    .put("volume_size", at(snapshot, "properties.diskSizeGB"))
                    .put("volume_id", lowerCase(text(snapshot, "properties.creationData.sourceResourceId")))
                    .put("state", text(snapshot, "properties.diskState"))
                    .put("status", status(provisioning))
                    .put("start_time", text(snapshot, "properties.timeCreated"))
                    .put("encrypted", text(snapshot, "properties.encryption.type"))
                    .put("tags", AzureDocuments.tags(snapshot))
                    .put("active", !"Deleting".equalsIgnoreCase(provisioning))
                    .put("datacenters", AzureDocuments.datacenter(snapshot, context)
                            .put("incremental", at(snapshot, "properties.incremental")))
                    .put("checksum", Checksums.of(snapshot))
                    .build();
        };
    }

    /** A managed image: its OS, Hyper-V generation and storage profile. */
    public static ProviderCommand.ItemTranslation image() {
        return (image, context) -> {
            String uniqueId = AzureDocuments.uniqueId(image);
            if (uniqueId == null) {
                return null;
            }
            String provisioning = text(image, "properties.provisioningState");
            return Documents.document()
                    .put("name", text(image, "name"))
                    .put("unique_id", uniqueId)
                    .put("image_type", text(image, "type"))
                    .put("plataform", text(image, "properties.storageProfile.osDisk.osType"))
                    .put("state", text(image, "properties.storageProfile.osDisk.osState"))
                    .put("status", status(provisioning))
                    .put("hypervisor", text(image, "properties.hyperVGeneration"))
                    .put("storage", at(image, "properties.storageProfile"))
                    .put("tags", AzureDocuments.tags(image))
                    .put("active", !"Deleting".equalsIgnoreCase(provisioning))
                    .put("datacenters", AzureDocuments.datacenter(image, context)
                            .put("source_vm", lowerCase(text(image, "properties.sourceVirtualMachine.id"))))
                    .put("checksum", Checksums.of(image))
                    .build();
        };
    }

    /** 0.6's Azure status: {@code Succeeded} → Active, anything else Avaliable (sic, 0.6's word). */
    static String status(String provisioningState) {
        return provisioningState == null ? null : "Succeeded".equalsIgnoreCase(provisioningState) ? "Active" : "Avaliable";
    }

    private static String lowerCase(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
