package io.maestro.discovery.provider.azure;

import static io.maestro.discovery.provider.support.ProviderCommand.Translation.perItem;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.azure.compute.DiskTranslations;
import io.maestro.discovery.provider.azure.compute.VirtualMachineTranslation;
import io.maestro.discovery.provider.azure.compute.VirtualMachinesGet;
import io.maestro.discovery.provider.azure.network.NetworkTranslations;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Microsoft Azure: connections of service {@code sub_azure} (a service principal's {@code tenant}, {@code client},
 * {@code secret} and the subscription {@code sub}); the tasks of §4.2, each region of the connection crawled on its own.
 */
@Component
public class AzureProvider implements DiscoveryProvider {

    private final Map<String, List<DiscoveryCommand>> tasks = new LinkedHashMap<>();

    public AzureProvider(AzureSessions sessions) {
        // the subnets command reads the virtual networks again: each command is crawled, loaded and cleaned up alone
        AzureListGet virtualNetworks = new AzureListGet(sessions, "VirtualNetworks.ListAll",
                "Microsoft.Network/virtualNetworks", AzureApiVersions.NETWORK);
        tasks.put("server-list", List.of(new ProviderCommand("virtual_machines", CommandTarget.of(Inventory.SERVERS),
                new VirtualMachinesGet(sessions), perItem(new VirtualMachineTranslation()))));
        tasks.put("volumes-list", List.of(new ProviderCommand("disks", CommandTarget.of(Inventory.VOLUMES),
                new AzureListGet(sessions, "Disks.List", "Microsoft.Compute/disks", AzureApiVersions.DISKS), perItem(DiskTranslations.disk()))));
        tasks.put("snapshot-list", List.of(new ProviderCommand("snapshots", CommandTarget.of(Inventory.SNAPSHOTS),
                new AzureListGet(sessions, "Snapshots.List", "Microsoft.Compute/snapshots", AzureApiVersions.DISKS), perItem(DiskTranslations.snapshot()))));
        tasks.put("images-list", List.of(new ProviderCommand("images", CommandTarget.of(Inventory.IMAGES),
                new AzureListGet(sessions, "Images.List", "Microsoft.Compute/images", AzureApiVersions.COMPUTE), perItem(DiskTranslations.image()))));
        tasks.put("network-list", List.of(
                network("network_interfaces", "NetworkInterfaces", new AzureListGet(sessions, "NetworkInterfaces.ListAll",
                        "Microsoft.Network/networkInterfaces", AzureApiVersions.NETWORK),
                        perItem(NetworkTranslations.networkInterface())),
                network("public_ip_addresses", "PublicIp", new AzureListGet(sessions, "PublicIPAddresses.ListAll",
                        "Microsoft.Network/publicIPAddresses", AzureApiVersions.NETWORK),
                        perItem(NetworkTranslations.publicIpAddress())),
                network("route_tables", "RouteTable", new AzureListGet(sessions, "RouteTables.ListAll",
                        "Microsoft.Network/routeTables", AzureApiVersions.NETWORK),
                        perItem(NetworkTranslations.routeTable())),
                network("virtual_networks", "VirtualNetwork", virtualNetworks,
                        perItem(NetworkTranslations.virtualNetwork())),
                network("subnets", "Subnet", virtualNetworks, NetworkTranslations.subnets())));
    }

    private static ProviderCommand network(String name, String family, ProviderCommand.Get get,
            ProviderCommand.Translation translation) {
        return new ProviderCommand(name, CommandTarget.of(Inventory.NETWORKS, family, null), get, translation);
    }

    @Override
    public String name() {
        return "azure";
    }

    @Override
    public Set<String> services() {
        return Set.of("sub_azure");
    }

    @Override
    public Map<String, List<DiscoveryCommand>> tasks() {
        return tasks;
    }
}
