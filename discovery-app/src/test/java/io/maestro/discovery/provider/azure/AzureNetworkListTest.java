package io.maestro.discovery.provider.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code network-list}: network interfaces (two pages), public IPs, route tables, virtual networks and subnets. */
class AzureNetworkListTest extends AzureRecordedTest {

    private static final String SUB = "/subscriptions/" + AzureTestCloud.SUBSCRIPTION + "/resourcegroups/";

    @Test
    void networkListHasOneCommandPerResourceEachOfItsOwnFamily() {
        assertThat(provider.tasks().get("network-list")).extracting(command -> command.name() + ":"
                + command.target().family()).containsExactly("network_interfaces:NetworkInterfaces",
                "public_ip_addresses:PublicIp", "route_tables:RouteTable", "virtual_networks:VirtualNetwork",
                "subnets:Subnet");
    }

    @Test
    void networkInterfacesOfTheRegion() {
        azure.recordAll();

        List<Map<String, Object>> nics = crawlAndTranslate(command("network-list", "network_interfaces"));

        assertThat(nics).extracting(nic -> nic.get("name")).containsExactly("web-01-nic", "db-01-nic", "batch-01-nic");
        assertThat(named(nics, "web-01-nic"))
                .containsEntry("unique_id", SUB + "rg-prod/providers/microsoft.network/networkinterfaces/web-01-nic")
                .containsEntry("family", "NetworkInterfaces")
                .containsEntry("private_ip_address", "10.20.1.4")
                .containsEntry("mac_address", "00-0D-3A-2B-4C-20")
                .containsEntry("attachment", SUB + "rg-prod/providers/microsoft.compute/virtualmachines/web-01")
                .containsEntry("location", "westeurope")
                .containsEntry("resource_group", "RG-PROD")
                .containsEntry("provisioning_state", "Succeeded");
    }

    @Test
    void publicAddressesRouteTablesNetworksAndSubnets() {
        azure.recordAll();

        Map<String, Object> address = named(crawlAndTranslate(command("network-list", "public_ip_addresses")), "web-01-pip");
        assertThat(address).containsEntry("ip_address", "20.105.12.34").containsEntry("sku", "Standard")
                .containsEntry("public_ip_allocation_method", "Static").containsEntry("family", "PublicIp")
                .containsEntry("ip_configuration",
                        SUB + "rg-prod/providers/microsoft.network/networkinterfaces/web-01-nic/ipconfigurations/ipconfig1");

        Map<String, Object> table = named(crawlAndTranslate(command("network-list", "route_tables")), "rt-app");
        assertThat(table).containsEntry("routes", List.of(Map.of("name", "to-firewall", "address_prefix", "0.0.0.0/0",
                        "next_hop_type", "VirtualAppliance", "next_hop_ip_address", "10.20.0.4")))
                .containsEntry("subnet_ids", List.of(SUB + "rg-net/providers/microsoft.network/virtualnetworks/vnet-prod/subnets/app"));

        Map<String, Object> network = named(crawlAndTranslate(command("network-list", "virtual_networks")), "vnet-prod");
        assertThat(network).containsEntry("address_space", List.of("10.20.0.0/16")).containsEntry("cidr_block", "10.20.0.0/16")
                .containsEntry("subnets", List.of("app", "data")).containsEntry("enable_ddos_protection", false)
                .containsEntry("virtual_network_peerings",
                        List.of("/subscriptions/" + AzureTestCloud.SUBSCRIPTION
                                + "/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub"));

        List<Map<String, Object>> subnets = crawlAndTranslate(command("network-list", "subnets"));
        assertThat(subnets).extracting(subnet -> subnet.get("name")).containsExactly("app", "data");
        assertThat(named(subnets, "app"))
                .containsEntry("unique_id", SUB + "rg-net/providers/microsoft.network/virtualnetworks/vnet-prod/subnets/app")
                .containsEntry("vpc_id", SUB + "rg-net/providers/microsoft.network/virtualnetworks/vnet-prod")
                .containsEntry("cidr_block", "10.20.1.0/24")
                .containsEntry("route_table_id", SUB + "rg-net/providers/microsoft.network/routetables/rt-app")
                .containsEntry("family", "Subnet");
    }
}
