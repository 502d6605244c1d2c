package io.maestro.discovery.provider.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** {@code server-list}: virtual machines over two pages, with their NICs, public IP and sizes read from the API. */
class AzureServerListTest extends AzureRecordedTest {

    private static final String PROD = "/subscriptions/" + AzureTestCloud.SUBSCRIPTION + "/resourcegroups/rg-prod/";

    @Test
    void aRunningLinuxMachineIsTranslatedFieldByField() {
        azure.recordAll();

        Map<String, Object> web = named(crawlAndTranslate(command("server-list", "virtual_machines")), "web-01");

        assertThat(web).containsEntry("unique_id", PROD + "providers/microsoft.compute/virtualmachines/web-01")
                .containsEntry("hostname", "web-01")
                .containsEntry("environment", "Production")
                .containsEntry("role", "Web")
                .containsEntry("created_at", "2026-03-02T09:15:42.1234567+00:00")
                .containsEntry("ipv4_private", "10.20.1.4")
                .containsEntry("ipv4_public", "20.105.12.34")
                .containsEntry("os", Map.of("base", "Linux", "dist", "0001-com-ubuntu-server-jammy",
                        "version", "22_04-lts-gen2"))
                .containsEntry("cpu", 2)
                .containsEntry("memory", 8.0)
                .containsEntry("status", "Active")
                .containsEntry("active", true)
                .containsEntry("auth", List.of(Map.of("name", "azureuser", "username", "azureuser", "type", "PKI")))
                .containsEntry("tags", List.of(Map.of("key", "Environment", "value", "production"),
                        Map.of("key", "role", "value", "web"), Map.of("key", "applications", "value", "billing-api")))
                .containsEntry("datacenters", datacenter(Map.of("resource_group", "RG-PROD", "zone", "1",
                        "type", "Virtual", "instance", "Standard_D2s_v3",
                        "instance_id", "3f2a1b9c-0d4e-4f5a-8b6c-7d8e9f0a1b2c",
                        "image_id", "Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest")));
        assertThat(web.get("storage")).isEqualTo(List.of(
                Map.of("name", "web-01_OsDisk_1", "unique_id", PROD + "providers/microsoft.compute/disks/web-01_osdisk_1",
                        "size", 30, "storage_account_type", "Premium_LRS", "create_option", "FromImage",
                        "delete_termination", "Delete", "root", "true"),
                Map.of("name", "web-01-data", "unique_id", PROD + "providers/microsoft.compute/disks/web-01-data",
                        "size", 128, "storage_account_type", "Premium_LRS", "create_option", "Attach",
                        "delete_termination", "Detach", "root", "false",
                        "device_name", "lun 0")));
        assertThat(web.get("checksum")).asString().hasSize(40);
    }

    @Test
    void powerStateProvisioningStateAndSizesFromTheApiGiveStatusCpuAndMemory() {
        azure.recordAll();

        List<Map<String, Object>> servers = crawlAndTranslate(command("server-list", "virtual_machines"));

        assertThat(servers).extracting(server -> server.get("name")).containsExactly("web-01", "db-01", "batch-01");
        Map<String, Object> db = named(servers, "db-01");
        assertThat(db).containsEntry("status", "Stopped").containsEntry("cpu", 4).containsEntry("memory", 32.0)
                .containsEntry("environment", "Staging").containsEntry("ipv4_private", "10.20.2.5")
                .doesNotContainKey("ipv4_public")
                .containsEntry("auth", List.of(Map.of("name", "opsadmin", "username", "opsadmin", "type", "Password")));
        Map<String, Object> batch = named(servers, "batch-01");
        assertThat(batch).containsEntry("status", "Avaliable").containsEntry("cpu", 416)
                .containsEntry("memory", 11400.0).doesNotContainKey("tags")
                .containsEntry("ipv4_private", "10.30.0.9");
        assertThat(batch.get("datacenters")).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("image_id",
                "/subscriptions/" + AzureTestCloud.SUBSCRIPTION
                        + "/resourcegroups/rg-images/providers/microsoft.compute/images/golden-ubuntu-2204");
        // sizes are read once per page of machines, never per machine
        azure.server().verify(2, getRequestedFor(urlPathEqualTo(
                AzureTestCloud.ARM + "Microsoft.Compute/locations/westeurope/vmSizes")));
    }
}
