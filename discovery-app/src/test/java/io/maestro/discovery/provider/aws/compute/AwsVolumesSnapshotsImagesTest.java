package io.maestro.discovery.provider.aws.compute;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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

/** {@code volumes-list}, {@code snapshot-list} and {@code images-list} against recorded EC2 pages. */
class AwsVolumesSnapshotsImagesTest extends AwsRecordedTest {

    private final AwsComputeTasks tasks = new AwsComputeTasks();

    @Test
    void volumesAreTranslatedFieldByFieldWithTheirStates() {
        aws.page("DescribeVolumes", null, "ec2/describe-volumes-1.xml");
        aws.page("DescribeVolumes", "AAEAAdJmYWtlLXZvbHVtZS1wYWdlLTI=", "ec2/describe-volumes-2.xml");
        DiscoveryCommand command = only(tasks.awsVolumesList(aws.clients(), AwsPageSizes.DEFAULTS), "volumes-list");

        List<Map<String, Object>> volumes = crawlAndTranslate(command);

        assertThat(command.target()).isEqualTo(CommandTarget.of(Inventory.VOLUMES));
        aws.server().verify(2, postRequestedFor(urlEqualTo("/"))
                .withFormParam("Action", equalTo("DescribeVolumes"))
                .withFormParam("MaxResults", equalTo("200")));
        assertThat(volumes).hasSize(4);
        Map<String, Object> root = volumes.get(0);
        assertThat(root).containsEntry("name", "Web-01 root")
                .containsEntry("unique_id", "vol-0a1b2c3d4e5f60001")
                .containsEntry("environment", "Production")
                .containsEntry("availability_zone", "us-east-1a")
                .containsEntry("encrypted", true)
                .containsEntry("kms_key_id",
                        "arn:aws:kms:us-east-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d")
                .containsEntry("size", 8)
                .containsEntry("snapshot_id", "snap-0a1b2c3d4e5f60001")
                .containsEntry("volume_type", "gp3")
                .containsEntry("iops", 3000)
                .containsEntry("status", "Active")
                .containsEntry("active", true)
                .containsEntry("created_at", "2026-10-01T12:00:01.123Z")
                .containsEntry("datacenters", datacenter(Map.of("zone", List.of("us-east-1a"),
                        "subnet_zones", "us-east-1a")))
                .containsEntry("checksum", Checksums.of(AwsTestCloud.items(aws.crawl(command, REGION)).get(0)));
        assertThat(root.get("attachments")).isEqualTo(List.of(Map.of("VolumeId", "vol-0a1b2c3d4e5f60001",
                "InstanceId", "i-0a1b2c3d4e5f60001", "Device", "/dev/xvda", "State", "attached",
                "AttachTime", "2026-10-01T12:00:05Z", "DeleteOnTermination", true)));

        assertThat(volumes.get(1)).containsEntry("name", "vol-0a1b2c3d4e5f60003")
                .containsEntry("status", "Available").containsEntry("active", true)
                .doesNotContainKeys("snapshot_id", "attachments", "environment", "kms_key_id");
        assertThat(volumes.get(2)).as("an empty Name tag falls back to the id")
                .containsEntry("name", "vol-0a1b2c3d4e5f60004")
                .containsEntry("status", "Deleted").containsEntry("active", false).doesNotContainKey("iops");
        assertThat(volumes.get(3)).containsEntry("status", "Error").containsEntry("active", false);
    }

    @Test
    void snapshotsAreTheAccountsOwn() {
        aws.page("DescribeSnapshots", null, "ec2/describe-snapshots-1.xml");
        aws.page("DescribeSnapshots", "c25hcHNob3RzLXBhZ2UtMg==", "ec2/describe-snapshots-2.xml");
        DiscoveryCommand command = only(tasks.awsSnapshotList(aws.clients(), AwsPageSizes.DEFAULTS), "snapshot-list");

        List<Map<String, Object>> snapshots = crawlAndTranslate(command);

        assertThat(command.target()).isEqualTo(CommandTarget.of(Inventory.SNAPSHOTS));
        aws.server().verify(2, postRequestedFor(urlEqualTo("/"))
                .withRequestBody(containing("Owner.1=self"))
                .withFormParam("MaxResults", equalTo("200")));
        assertThat(snapshots.get(0)).containsEntry("name", "Nightly web-01")
                .containsEntry("unique_id", "snap-0a1b2c3d4e5f60001")
                .containsEntry("description",
                        "Created by CreateImage(i-0a1b2c3d4e5f60001) for ami-0a1b2c3d4e5f60001")
                .containsEntry("encrypted", true)
                .containsEntry("kms_key_id",
                        "arn:aws:kms:us-east-1:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d")
                .containsEntry("owner_id", "123456789012")
                .containsEntry("progress", "100%")
                .containsEntry("start_time", "2026-11-01T03:00:00Z")
                .containsEntry("volume_id", "vol-0a1b2c3d4e5f60001")
                .containsEntry("size", 8)
                .containsEntry("environment", "Staging")
                .containsEntry("status", "Completed")
                .containsEntry("active", true)
                .containsEntry("datacenters", datacenter(Map.of()))
                .doesNotContainKeys("state_message", "owner_alias", "data_encryption_key_id");
        assertThat(snapshots.get(1)).containsEntry("name", "snap-0a1b2c3d4e5f60002")
                .containsEntry("status", "Error")
                .containsEntry("active", false)
                .containsEntry("state_message", "Snapshot creation failed: the volume was deleted")
                .containsEntry("owner_alias", "self")
                .doesNotContainKey("description");
    }

    @Test
    void imagesAreTheAccountsOwnWithTheirBlockDevices() {
        aws.page("DescribeImages", null, "ec2/describe-images-1.xml");
        aws.page("DescribeImages", "aW1hZ2VzLXBhZ2UtMg==", "ec2/describe-images-2.xml");
        DiscoveryCommand command = only(tasks.awsImagesList(aws.clients(), AwsPageSizes.DEFAULTS), "images-list");

        List<Map<String, Object>> images = crawlAndTranslate(command);

        assertThat(command.target()).isEqualTo(CommandTarget.of(Inventory.IMAGES));
        aws.server().verify(2, postRequestedFor(urlEqualTo("/"))
                .withRequestBody(containing("Owner.1=self")));
        assertThat(images.get(0)).containsEntry("name", "web-base-2026-11")
                .containsEntry("unique_id", "ami-0a1b2c3d4e5f60001")
                .containsEntry("image_location", "123456789012/web-base-2026-11")
                .containsEntry("image_type", "machine")
                .containsEntry("public", false)
                .containsEntry("description", "Web tier base image")
                .containsEntry("ena_support", true)
                .containsEntry("hypervisor", "xen")
                .containsEntry("root_device_name", "/dev/xvda")
                .containsEntry("root_device_type", "ebs")
                .containsEntry("environment", "Production")
                .containsEntry("status", "Available")
                .containsEntry("active", true)
                .as("AWS's creation date is text, kept as AWS wrote it")
                .containsEntry("created_at", "2026-11-01T03:10:00.000Z")
                .containsEntry("updated_at", "2026-11-01T03:10:00.000Z")
                .containsEntry("storage", List.of(
                        Map.of("name", "/dev/xvda", "delete_termination", true, "iops", 3000,
                                "snapshot_id", "snap-0a1b2c3d4e5f60001", "volume_size", 8, "volume_type", "gp3"),
                        Map.of("name", "/dev/sdb", "virtual_name", "ephemeral0")))
                .doesNotContainKeys("platform", "kernel_id", "state_reason");
        assertThat(images.get(1)).as("an image without name is named by its id")
                .containsEntry("name", "ami-0a1b2c3d4e5f60002")
                .containsEntry("platform", "windows")
                .containsEntry("status", "Failed")
                .containsEntry("active", false)
                .containsEntry("state_reason", Map.of("Code", "Client.InternalError",
                        "Message", "Client.InternalError: Client error on launch"))
                .doesNotContainKey("storage");
    }

    private static DiscoveryCommand only(AwsTask task, String name) {
        assertThat(task.task()).isEqualTo(name);
        assertThat(task.commands()).hasSize(1);
        return task.commands().get(0);
    }
}
