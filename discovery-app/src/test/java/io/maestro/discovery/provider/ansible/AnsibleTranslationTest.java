package io.maestro.discovery.provider.ansible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.ProviderException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recorded facts of a Debian, a RHEL and a Windows host → servers and volumes, field by field. */
class AnsibleTranslationTest {

    @Test
    void aDebianFactCacheFileIsOneServerKnownByItsProductUuid() {
        Map<String, Object> host = AnsibleFixtures.host("web-1");

        Map<String, Object> server = AnsibleServerTranslation.server(host, AnsibleFixtures.context());

        assertThat(host.get("inventory_hostname")).isEqualTo("web-1");
        assertThat(server).containsEntry("unique_id", "3f2504e0-4f89-41d3-9a0c-0305e82c3301")
                .containsEntry("name", "web-1")
                .containsEntry("hostname", "web-1")
                .containsEntry("dns_private", "web-1.example.internal")
                .containsEntry("ipv4_private", "10.20.0.11")
                .containsEntry("ipv4_all", List.of("10.20.0.11", "172.17.0.1"))
                .containsEntry("ipv6_all", List.of("fe80::f816:3eff:fe4b:1a2c"))
                .containsEntry("os", Map.of("base", "Linux", "dist", "Debian", "version", "12.8", "major_version", "12",
                        "variety", "Debian", "file_path", "/etc/os-release"))
                .containsEntry("cpu", 2)
                .containsEntry("memory", 3.84)
                .containsEntry("service_mgr", "systemd")
                .containsEntry("pkg_mgr", "apt")
                .containsEntry("dns", Map.of("nameservers", List.of("10.20.0.2"), "search", List.of("example.internal")))
                .containsEntry("auth", List.of(Map.of("name", "root", "username", "root", "type", "User")))
                .containsEntry("status", "Active")
                .doesNotContainKey("env_vars");
        assertThat(server.get("storage")).isEqualTo(List.of(
                Map.of("name", "/", "mount", "/", "device_name", "/dev/vda1", "ftype", "ext4", "size", 39.24),
                Map.of("name", "/srv/data", "mount", "/srv/data", "device_name", "/dev/vdb", "ftype", "xfs",
                        "size", 98.42)));
        assertThat(server.get("network_interface")).isEqualTo(List.of(
                Map.of("name", "lo", "ipv4", "127.0.0.1", "active", true),
                Map.of("name", "ens3", "macaddress", "fa:16:3e:4b:1a:2c", "ipv4", "10.20.0.11", "active", true)));
        assertThat(server.get("metas")).isEqualTo(Map.of("inventory_hostname", "web-1", "ipv6_default",
                "2001:db8:20::11", "kernel", "6.1.0-27-amd64", "architecture", "x86_64",
                "machine_id", "5f0b9e1e7a6d4c3bb0e3f1c6d2a4b801", "product_uuid", "3F2504E0-4F89-41D3-9A0C-0305E82C3301"));
        assertThat(server.get("datacenters")).isEqualTo(Map.of("name", "Lab DC", "_id", "64c000000000000000000002",
                "provider", "Ansible", "region", "all", "type", "Virtual", "virtualization_type", "openstack",
                "product_name", "OpenStack Compute"));
        assertThat(server.toString()).doesNotContain("env-Secret-Debian-77");
    }

    @Test
    void aRhelSetupOutputWithoutAProductUuidIsKnownByItsMachineId() {
        Map<String, Object> server = AnsibleServerTranslation.server(AnsibleFixtures.host("db-1.json"),
                AnsibleFixtures.context());

        assertThat(server).containsEntry("unique_id", "a1b2c3d4e5f60718293a4b5c6d7e8f90")
                .containsEntry("name", "db-1")
                .containsEntry("hostname", "db-1.corp.example.com")
                .containsEntry("ipv4_private", "192.168.50.21")
                .containsEntry("os", Map.of("base", "Linux", "dist", "RedHat", "version", "9.4", "major_version", "9",
                        "variety", "RedHat", "file_path", "/etc/redhat-release"))
                .containsEntry("cpu", 4)
                .containsEntry("memory", 15.36)
                .containsEntry("pkg_mgr", "dnf");
        assertThat(((List<?>) server.get("storage")).stream().map(entry -> (Object) ((Map<?, ?>) entry).get("name"))
                .toList()).containsExactly("/", "/boot");
        assertThat(server.toString()).doesNotContain("env-Secret-Rhel-31");
    }

    @Test
    void windowsFactsKeyedByHostGiveAWindowsServer() {
        List<Map<String, Object>> hosts = AnsibleFactsGet.hosts("windows-hosts.json",
                AnsibleFixtures.file("windows-hosts.json"));

        Map<String, Object> server = AnsibleServerTranslation.server(hosts.get(0), AnsibleFixtures.context());

        assertThat(hosts).singleElement().satisfies(host -> assertThat(host.get("inventory_hostname"))
                .isEqualTo("win-app-1"));
        assertThat(server).containsEntry("unique_id", "s-1-5-21-1180699209-877415012-3182924384")
                .containsEntry("name", "WIN-APP-1")
                .containsEntry("hostname", "WIN-APP-1.corp.example.com")
                .containsEntry("dns_private", "WIN-APP-1.corp.example.com")
                .containsEntry("os", Map.of("base", "Windows", "dist", "Microsoft Windows Server 2022 Datacenter",
                        "version", "10.0.20348.0", "major_version", "10", "variety", "Windows"))
                .containsEntry("cpu", 4)
                .containsEntry("memory", 8.0)
                .doesNotContainKey("ipv4_private")
                .doesNotContainKey("storage");
        assertThat(server.get("network_interface")).isEqualTo(List.of(Map.of("name", "Ethernet",
                "macaddress", "00:15:5D:01:02:03", "default_gateway", "10.30.0.1")));
        assertThat(server.toString()).doesNotContain("env-Secret-Windows-12");
    }

    @Test
    void theSameHostReadTwiceIsTheSameRecordAndTheClockDoesNotChangeIt() {
        Map<String, Object> first = AnsibleServerTranslation.server(AnsibleFixtures.host("web-1"),
                AnsibleFixtures.context());
        String later = new String(AnsibleFixtures.file("web-1"))
                .replace("\"ansible_uptime_seconds\": 864211", "\"ansible_uptime_seconds\": 999999")
                .replace("\"ansible_memfree_mb\": 1411", "\"ansible_memfree_mb\": 12");

        Map<String, Object> second = AnsibleServerTranslation.server(
                AnsibleFactsGet.hosts("cache/web-1", later.getBytes()).get(0), AnsibleFixtures.context());

        assertThat(second.get("unique_id")).isEqualTo(first.get("unique_id"));
        assertThat(second.get("checksum")).isEqualTo(first.get("checksum"));
    }

    @Test
    void hostsWithoutIdsAreKnownByTheirInventoryNameWithinTheConnection() {
        Map<String, Object> host = AnsibleFactsGet.hosts("facts/edge-7", "{\"ansible_hostname\": \"\"}".getBytes()).get(0);

        Map<String, Object> server = AnsibleServerTranslation.server(host, AnsibleFixtures.context());

        assertThat(server).containsEntry("unique_id", "ansible:" + AnsibleFixtures.CONNECTION_ID + ":edge-7")
                .containsEntry("name", "edge-7");
    }

    @Test
    void devicesAreVolumesOfTheHostLeavingOutLoopDevicesAndEmptyDrives() {
        List<Map<String, Object>> debian = AnsibleVolumeTranslation.volumes(AnsibleFixtures.host("web-1"),
                AnsibleFixtures.context());
        List<Map<String, Object>> rhel = AnsibleVolumeTranslation.volumes(AnsibleFixtures.host("db-1.json"),
                AnsibleFixtures.context());

        assertThat(debian).extracting(volume -> volume.get("unique_id")).containsExactlyInAnyOrder(
                "3f2504e0-4f89-41d3-9a0c-0305e82c3301/vda", "3f2504e0-4f89-41d3-9a0c-0305e82c3301/vdb");
        assertThat(debian).filteredOn(volume -> "vdb".equals(volume.get("name"))).singleElement()
                .satisfies(vdb -> assertThat(vdb).containsEntry("size", 100.0).containsEntry("sectors", "209715200")
                        .containsEntry("sectorsize", "512").containsEntry("support_discard", "512")
                        .containsEntry("volume_type", "ssd").containsEntry("host", "web-1")
                        .containsEntry("status", "Active").containsKey("checksum"));
        assertThat(rhel).singleElement().satisfies(sda -> assertThat(sda).containsEntry("name", "sda")
                .containsEntry("size", 80.0).containsEntry("model", "Virtual disk").containsEntry("volume_type", "hdd"));
    }

    @Test
    void aMalformedOrForeignFileIsRefusedByName() {
        assertThatThrownBy(() -> AnsibleFactsGet.hosts("facts/broken.json", AnsibleFixtures.file("broken.json")))
                .isInstanceOf(ProviderException.class).hasMessage("facts/broken.json: not valid JSON");
        assertThatThrownBy(() -> AnsibleFactsGet.hosts("facts/other.json", "{\"servers\": []}".getBytes()))
                .isInstanceOf(ProviderException.class).hasMessageStartingWith("facts/other.json: no Ansible facts");
    }
}
