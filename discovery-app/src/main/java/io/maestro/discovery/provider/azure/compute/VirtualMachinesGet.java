package io.maestro.discovery.provider.azure.compute;

import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.azure.AzureApiVersions;
import io.maestro.discovery.provider.azure.AzureListGet;
import io.maestro.discovery.provider.azure.AzureSessions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Virtual machines, one page of {@code VirtualMachines.ListAll} with their instance view (the power state), each with
 * what the translation needs from other APIs under {@code resolved}: its network interfaces and their public IP
 * addresses (read per VM, as 0.6 did), and its size ({@code numberOfCores}, {@code memoryInMB}) from the region's
 * {@code VirtualMachineSizes.List}, read once per page: sizes come from the API, never from a table.
 */
public final class VirtualMachinesGet extends AzureListGet {

    public VirtualMachinesGet(AzureSessions sessions) {
        super(sessions, "VirtualMachines.ListAll", "Microsoft.Compute/virtualMachines",
                AzureApiVersions.COMPUTE + "&$expand=instanceView");
    }

    @Override
    protected List<Map<String, Object>> items(AzureSessions sessions, SyncConnection connection, String region,
            List<Map<String, Object>> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> sizes = new HashMap<>();
        Map<String, Object> sizeList = sessions.get(connection, "/subscriptions/" + AzureSessions.subscription(connection)
                + "/providers/Microsoft.Compute/locations/" + region + "/vmSizes?" + AzureApiVersions.COMPUTE);
        for (Map<String, Object> size : maps(sizeList, "value")) {
            sizes.put(String.valueOf(size.get("name")).toLowerCase(Locale.ROOT), size);
        }
        List<Map<String, Object>> machines = new ArrayList<>(page.size());
        for (Map<String, Object> machine : page) {
            List<Map<String, Object>> interfaces = new ArrayList<>();
            List<Map<String, Object>> publicAddresses = new ArrayList<>();
            for (Map<String, Object> reference : maps(machine, "properties.networkProfile.networkInterfaces")) {
                String id = text(reference, "id");
                if (id == null) {
                    continue;
                }
                Map<String, Object> nic = sessions.get(connection, id + "?" + AzureApiVersions.NETWORK);
                interfaces.add(nic);
                for (Map<String, Object> configuration : maps(nic, "properties.ipConfigurations")) {
                    String publicId = text(configuration, "properties.publicIPAddress.id");
                    if (publicId != null) {
                        publicAddresses.add(sessions.get(connection, publicId + "?" + AzureApiVersions.NETWORK));
                    }
                }
            }
            Map<String, Object> resolved = new LinkedHashMap<>();
            resolved.put("networkInterfaces", interfaces);
            resolved.put("publicIPAddresses", publicAddresses);
            String vmSize = text(machine, "properties.hardwareProfile.vmSize");
            Map<String, Object> size = vmSize == null ? null : sizes.get(vmSize.toLowerCase(Locale.ROOT));
            if (size != null) {
                resolved.put("size", size);
            }
            Map<String, Object> withResolved = new LinkedHashMap<>(machine);
            withResolved.put("resolved", resolved);
            machines.add(withResolved);
        }
        return machines;
    }
}
