package io.maestro.discovery.provider.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code volumes-list}, {@code snapshot-list} (Cinder), {@code images-list} (Glance), {@code flavor-list} (Nova). */
class OpenStackStorageTasksTest extends OpenStackRecordedTest {

    private static final String PROJECT = OpenStackTestCloud.PROJECT_ID;

    @Test
    void volumesOverTwoPagesWithTheirAttachmentsAndStates() {
        openstack.recordAll();

        List<Map<String, Object>> volumes = crawlAndTranslate("volumes-list", "volumes");

        assertThat(volumes).extracting(volume -> volume.get("name"))
                .containsExactly("web-01-data", "7e6f5a4b-3c2d-4e1f-8a9b-8c7d6e5f4a3b", "scratch");
        assertThat(named(volumes, "web-01-data")).containsEntry("unique_id", "6d5e4f3a-2b1c-4d0e-9f8a-7b6c5d4e3f2a")
                .containsEntry("size", 100)
                .containsEntry("volume_type", "ceph-ssd")
                .containsEntry("state", "In-use")
                .containsEntry("status", "Active")
                .containsEntry("active", true)
                .containsEntry("encrypted", false)
                .containsEntry("host", "1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0")
                .containsEntry("holders", List.of(Map.of("server_id", "1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
                        "device", "/dev/vdb", "attached_at", "2026-10-02T08:16:00.000000")))
                .containsEntry("tags", List.of(Map.of("key", "backup", "value", "daily")))
                .containsEntry("metas", Map.of("bootable", "false", "multiattach", false,
                        "created_at", "2026-10-02T08:10:00.000000"))
                .containsEntry("datacenters", datacenter(Map.of("zone", "nova", "project_id", PROJECT)));
        assertThat(named(volumes, "7e6f5a4b-3c2d-4e1f-8a9b-8c7d6e5f4a3b"))
                .containsEntry("image_id", "9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b");
        assertThat(named(volumes, "scratch")).containsEntry("state", "Error_deleting").containsEntry("status", "Error")
                .containsEntry("active", false).doesNotContainKeys("host", "holders");
    }

    @Test
    void snapshotsNameTheirVolumes() {
        openstack.recordAll();

        List<Map<String, Object>> snapshots = crawlAndTranslate("snapshot-list", "snapshots");

        assertThat(snapshots).hasSize(2);
        assertThat(named(snapshots, "web-01-data-2026-11-30")).containsEntry("unique_id",
                        "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
                .containsEntry("volume_id", "6d5e4f3a-2b1c-4d0e-9f8a-7b6c5d4e3f2a")
                .containsEntry("size", 100).containsEntry("volume_size", 100)
                .containsEntry("state", "Available").containsEntry("status", "Avaliable").containsEntry("active", true)
                .containsEntry("progress", "100%").containsEntry("start_time", "2026-11-30T02:00:00.000000")
                .containsEntry("description", "nightly").containsEntry("project_id", PROJECT)
                .containsEntry("tags", List.of(Map.of("key", "policy", "value", "nightly")))
                .containsEntry("datacenters", datacenter(Map.of("project_id", PROJECT)));
        // no name: the id, cut to the 30 characters a snapshot's name may have
        assertThat(named(snapshots, "0b9c8d7e-6f5a-4b4c-9d3e-2f1a0b")).containsEntry("status", "Active")
                .containsEntry("unique_id", "0b9c8d7e-6f5a-4b4c-9d3e-2f1a0b9c8d7e");
    }

    @Test
    void imagesOfTheProjectFollowGlancesNextLink() {
        openstack.recordAll();

        List<Map<String, Object>> images = crawlAndTranslate("images-list", "images");

        assertThat(images).extracting(image -> image.get("name"))
                .containsExactly("ubuntu-24.04-golden", "win2022-base", "old-centos-7");
        openstack.server().verify(2, getRequestedFor(urlPathEqualTo(OpenStackTestCloud.IMAGE + "/v2/images"))
                .withQueryParam("owner", equalTo(PROJECT)));
        assertThat(named(images, "ubuntu-24.04-golden")).containsEntry("unique_id", "9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b")
                .containsEntry("image_type", "qcow2").containsEntry("plataform", "linux")
                .containsEntry("distribution", "ubuntu").containsEntry("state", "Active")
                .containsEntry("status", "Active").containsEntry("active", true).containsEntry("public", false)
                .containsEntry("size", 2361393152L / (1024.0 * 1024 * 1024)).containsEntry("min_disk_size", 10)
                .containsEntry("hypervisor", "qemu")
                .containsEntry("storage", Map.of("container_format", "bare", "min_ram", 0))
                .containsEntry("tags", List.of(Map.of("key", "golden", "value", "true"),
                        Map.of("key", "ubuntu", "value", "true"), Map.of("key", "os_type", "value", "linux"),
                        Map.of("key", "os_distro", "value", "ubuntu"), Map.of("key", "hypervisor_type", "value", "qemu"),
                        Map.of("key", "architecture", "value", "x86_64")))
                .containsEntry("datacenters", datacenter(Map.of("project_id", PROJECT, "visibility", "private",
                        "architecture", "x86_64", "created_at", "2026-09-01T10:00:00Z")));
        assertThat(named(images, "win2022-base")).containsEntry("state", "Queued").containsEntry("status", "Avaliable")
                .containsEntry("active", true).doesNotContainKey("size");
        assertThat(named(images, "old-centos-7")).containsEntry("state", "Deactivated").containsEntry("active", true);
    }

    @Test
    void flavorsAreKnownPerConnection() {
        openstack.recordAll();

        List<Map<String, Object>> flavors = crawlAndTranslate("flavor-list", "flavors");

        assertThat(flavors).extracting(flavor -> flavor.get("unique_id")).containsExactly(
                OpenStackTestCloud.CONNECTION_ID + "/1", OpenStackTestCloud.CONNECTION_ID + "/3",
                OpenStackTestCloud.CONNECTION_ID + "/4");
        assertThat(named(flavors, "m1.medium")).containsEntry("api_name", "m1.medium")
                .containsEntry("provider", "OpenStack").containsEntry("vcpus", 2).containsEntry("memory", 4.0)
                .containsEntry("instance_storage", 40).containsEntry("is_public", true)
                .containsEntry("tags", List.of(Map.of("key", "hw:cpu_policy", "value", "shared")))
                .containsEntry("datacenters", datacenter(Map.of("flavor_id", "3", "ephemeral", 0, "disabled", false)));
        // 31 characters: cut to the 30 a flavor's name may have
        assertThat(named(flavors, "db.xlarge.memory-optimised-202")).containsEntry("memory", 64.0)
                .containsEntry("is_public", false);
    }
}
