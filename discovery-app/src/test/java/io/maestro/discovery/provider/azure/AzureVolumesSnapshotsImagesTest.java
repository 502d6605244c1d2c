package io.maestro.discovery.provider.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code volumes-list}, {@code snapshot-list}, {@code images-list}: managed disks over two pages, snapshots, images. */
class AzureVolumesSnapshotsImagesTest extends AzureRecordedTest {

    private static final String SUB = "/subscriptions/" + AzureTestCloud.SUBSCRIPTION + "/resourcegroups/";

    @Test
    void managedDisksOfTheRegionBecomeVolumes() {
        azure.recordAll();

        List<Map<String, Object>> volumes = crawlAndTranslate(command("volumes-list", "disks"));

        assertThat(volumes).extracting(volume -> volume.get("name"))
                .containsExactly("web-01_OsDisk_1", "web-01-data", "scratch-old", "restore-test");
        assertThat(named(volumes, "web-01-data")).containsEntry("unique_id",
                        SUB + "rg-prod/providers/microsoft.compute/disks/web-01-data")
                .containsEntry("size", 128)
                .containsEntry("volume_type", "Premium_LRS")
                .containsEntry("state", "Attached")
                .containsEntry("status", "Active")
                .containsEntry("iops", 120)
                .containsEntry("encrypted", "EncryptionAtRestWithPlatformKey")
                .containsEntry("create_option", "Empty")
                .containsEntry("host", SUB + "rg-prod/providers/microsoft.compute/virtualmachines/web-01")
                .containsEntry("tags", List.of(Map.of("key", "backup", "value", "nightly")))
                .containsEntry("active", true)
                .containsEntry("datacenters", datacenter(Map.of("resource_group", "RG-PROD",
                        "created_at", "2026-03-02T09:15:40.0000000+00:00")));
        assertThat(named(volumes, "scratch-old")).containsEntry("status", "Avaliable").containsEntry("active", false)
                .containsEntry("state", "Unattached").doesNotContainKey("host");
        assertThat(named(volumes, "restore-test")).containsEntry("snapshot_id",
                SUB + "rg-backup/providers/microsoft.compute/snapshots/web-01-data-nightly");
    }

    @Test
    void snapshotsNameTheirSourceDiskAsThatVolumesUniqueId() {
        azure.recordAll();

        List<Map<String, Object>> snapshots = crawlAndTranslate(command("snapshot-list", "snapshots"));

        assertThat(snapshots).hasSize(2);
        assertThat(named(snapshots, "web-01-data-nightly"))
                .containsEntry("unique_id", SUB + "rg-backup/providers/microsoft.compute/snapshots/web-01-data-nightly")
                .containsEntry("volume_id", SUB + "rg-prod/providers/microsoft.compute/disks/web-01-data")
                .containsEntry("size", 128)
                .containsEntry("volume_size", 128)
                .containsEntry("status", "Active")
                .containsEntry("start_time", "2026-11-30T01:00:12.0000000+00:00")
                .containsEntry("tags", List.of(Map.of("key", "retention", "value", "30d")))
                .containsEntry("datacenters", datacenter(Map.of("resource_group", "rg-backup", "incremental", true)));
    }

    @Test
    void imagesKeepTheirOsGenerationAndStorageProfile() {
        azure.recordAll();

        List<Map<String, Object>> images = crawlAndTranslate(command("images-list", "images"));

        assertThat(named(images, "golden-ubuntu-2204"))
                .containsEntry("unique_id", SUB + "rg-images/providers/microsoft.compute/images/golden-ubuntu-2204")
                .containsEntry("image_type", "Microsoft.Compute/images")
                .containsEntry("plataform", "Linux")
                .containsEntry("state", "Generalized")
                .containsEntry("status", "Active")
                .containsEntry("hypervisor", "V2")
                .containsEntry("tags", List.of(Map.of("key", "built-by", "value", "packer")))
                .containsEntry("datacenters", datacenter(Map.of("resource_group", "rg-images",
                        "source_vm", SUB + "rg-build/providers/microsoft.compute/virtualmachines/packer-build")));
        assertThat(named(images, "win2022-base")).containsEntry("status", "Avaliable").containsEntry("plataform", "Windows");
    }
}
