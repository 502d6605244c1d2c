package io.maestro.discovery.provider.azure.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.azure.AzureDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * network-list's resources → {@code networks} records, each of its own {@code family} (the cleanup of one command never
 * deactivates another's): network interfaces, public IP addresses, route tables, virtual networks and their subnets.
 */
public final class NetworkTranslations {

    private NetworkTranslations() {
    }

    public static ProviderCommand.ItemTranslation networkInterface() {
        return identified((nic, context) -> common(nic, context, "NetworkInterfaces")
                .put("mac_address", text(nic, "properties.macAddress"))
                .put("private_ip_address", maps(nic, "properties.ipConfigurations").stream()
                        .map(configuration -> text(configuration, "properties.privateIPAddress"))
                        .filter(address -> address != null).findFirst().orElse(null))
                .put("ip_configuration", at(nic, "properties.ipConfigurations"))
                .put("dns_settings", at(nic, "properties.dnsSettings"))
                .put("attachment", lowerCase(text(nic, "properties.virtualMachine.id")))
                .put("security_groups", lowerCase(text(nic, "properties.networkSecurityGroup.id")))
                .build());
    }

    public static ProviderCommand.ItemTranslation publicIpAddress() {
        return identified((address, context) -> common(address, context, "PublicIp")
                .put("ip_address", text(address, "properties.ipAddress"))
                .put("public_ip_allocation_method", text(address, "properties.publicIPAllocationMethod"))
                .put("public_ip_address_version", text(address, "properties.publicIPAddressVersion"))
                .put("idle_timeout_in_minutes", at(address, "properties.idleTimeoutInMinutes"))
                .put("sku", text(address, "sku.name"))
                .put("ip_configuration", lowerCase(text(address, "properties.ipConfiguration.id")))
                .put("dns_settings", at(address, "properties.dnsSettings"))
                .build());
    }

    public static ProviderCommand.ItemTranslation routeTable() {
        return identified((table, context) -> common(table, context, "RouteTable")
                .put("routes", maps(table, "properties.routes").stream().map(route -> Documents.document()
                        .put("name", text(route, "name"))
                        .put("address_prefix", text(route, "properties.addressPrefix"))
                        .put("next_hop_type", text(route, "properties.nextHopType"))
                        .put("next_hop_ip_address", text(route, "properties.nextHopIpAddress"))
                        .build()).toList())
                .put("subnet_ids", maps(table, "properties.subnets").stream()
                        .map(subnet -> lowerCase(text(subnet, "id"))).toList())
                .build());
    }

    public static ProviderCommand.ItemTranslation virtualNetwork() {
        return identified((network, context) -> common(network, context, "VirtualNetwork")
                .put("address_space", at(network, "properties.addressSpace.addressPrefixes"))
                .put("cidr_block", firstPrefix(network))
                .put("subnets", maps(network, "properties.subnets").stream().map(subnet -> text(subnet, "name")).toList())
                .put("virtual_network_peerings", maps(network, "properties.virtualNetworkPeerings").stream()
                        .map(peering -> text(peering, "properties.remoteVirtualNetwork.id")).toList())
                .put("enable_ddos_protection", at(network, "properties.enableDdosProtection"))
                .build());
    }

    /** Every subnet of every virtual network of the page, known by its own resource id, its network's as {@code vpc_id}. */
    public static ProviderCommand.Translation subnets() {
        return (networks, context) -> {
            List<Map<String, Object>> records = new ArrayList<>();
            for (Map<String, Object> network : networks) {
                String networkId = AzureDocuments.uniqueId(network);
                for (Map<String, Object> subnet : maps(network, "properties.subnets")) {
                    String uniqueId = AzureDocuments.uniqueId(subnet);
                    if (networkId == null || uniqueId == null) {
                        continue;
                    }
                    records.add(Documents.document()
                            .put("name", text(subnet, "name"))
                            .put("unique_id", uniqueId)
                            .put("family", "Subnet")
                            .put("vpc_id", networkId)
                            .put("cidr_block", text(subnet, "properties.addressPrefix"))
                            .put("route_table_id", lowerCase(text(subnet, "properties.routeTable.id")))
                            .put("security_groups", lowerCase(text(subnet, "properties.networkSecurityGroup.id")))
                            .put("provisioning_state", text(subnet, "properties.provisioningState"))
                            .put("resource_group", AzureDocuments.resourceGroup(text(subnet, "id")))
                            .put("location", text(network, "location"))
                            .put("datacenters", AzureDocuments.datacenter(network, context))
                            .put("checksum", Checksums.of(subnet))
                            .build());
                }
            }
            return records;
        };
    }

    /** Skips a resource without an id: it cannot be recognised in the next sync. */
    private static ProviderCommand.ItemTranslation identified(ProviderCommand.ItemTranslation translation) {
        return (resource, context) -> AzureDocuments.uniqueId(resource) == null
                ? null : translation.translate(resource, context);
    }

    /** What every network record carries; {@code null} document fields are left out by {@link Documents}. */
    private static Documents common(Map<String, Object> resource, TranslationContext context, String family) {
        String uniqueId = AzureDocuments.uniqueId(resource);
        return Documents.document()
                .put("name", text(resource, "name"))
                .put("unique_id", uniqueId)
                .put("family", family)
                .put("location", text(resource, "location"))
                .put("resource_group", AzureDocuments.resourceGroup(text(resource, "id")))
                .put("provisioning_state", text(resource, "properties.provisioningState"))
                .put("tags", AzureDocuments.tags(resource))
                .put("datacenters", AzureDocuments.datacenter(resource, context))
                .put("checksum", Checksums.of(resource));
    }

    private static String firstPrefix(Map<String, Object> network) {
        return at(network, "properties.addressSpace.addressPrefixes") instanceof List<?> prefixes && !prefixes.isEmpty()
                ? String.valueOf(prefixes.get(0)) : null;
    }

    private static String lowerCase(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
