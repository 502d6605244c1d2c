package io.maestro.discovery.provider.azure.compute;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.azure.AzureDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An Azure virtual machine → a {@code servers} document (§4.3 "Azure VM"): identified by its resource id (D1), its
 * addresses from its network interfaces and public IP resources, OS and storage from its storage profile, cpu and
 * memory from its size as the API describes it, status from its power state, else its provisioning state.
 */
public final class VirtualMachineTranslation implements ProviderCommand.ItemTranslation {

    private static final Set<String> RUNNING = Set.of("running", "starting");
    private static final Set<String> STOPPED = Set.of("stopped", "stopping", "deallocated", "deallocating");
    private static final double MB_PER_GIB = 1024.0;

    @Override
    public Map<String, Object> translate(Map<String, Object> machine, TranslationContext context) {
        String uniqueId = AzureDocuments.uniqueId(machine);
        if (uniqueId == null) {
            return null;
        }
        String provisioning = text(machine, "properties.provisioningState");
        Documents server = Documents.document()
                .put("name", text(machine, "name"))
                .put("unique_id", uniqueId)
                .put("hostname", text(machine, "properties.osProfile.computerName"))
                .put("role", AzureDocuments.tag(machine, "role"))
                .put("environment", AzureDocuments.tag(machine, "environment"))
                .put("created_at", text(machine, "properties.timeCreated"))
                .put("ipv4_private", privateAddress(machine))
                .put("ipv4_public", publicAddress(machine))
                .put("os", Documents.document()
                        .put("base", text(machine, "properties.storageProfile.osDisk.osType"))
                        .put("dist", text(machine, "properties.storageProfile.imageReference.offer"))
                        .put("version", text(machine, "properties.storageProfile.imageReference.sku")))
                .put("storage", storage(machine))
                .put("auth", auth(machine))
                .put("tags", AzureDocuments.tags(machine))
                .put("status", status(machine, provisioning))
                .put("active", !"Deleting".equalsIgnoreCase(provisioning))
                .put("metas", Documents.document()
                        .put("vm_id", text(machine, "properties.vmId"))
                        .put("provisioning_state", provisioning)
                        .put("availability_set", text(machine, "properties.availabilitySet.id"))
                        .put("license_type", text(machine, "properties.licenseType"))
                        .put("priority", text(machine, "properties.priority")))
                .put("datacenters", AzureDocuments.datacenter(machine, context)
                        .put("type", "Virtual")
                        .put("instance", text(machine, "properties.hardwareProfile.vmSize"))
                        .put("instance_id", text(machine, "properties.vmId"))
                        .put("image_id", imageId(machine)));
        if (at(machine, "resolved.size.numberOfCores") instanceof Number cores
                && at(machine, "resolved.size.memoryInMB") instanceof Number memory) {
            server.put("cpu", cores.intValue()).put("memory", memory.doubleValue() / MB_PER_GIB);
        }
        return server.put("checksum", Checksums.of(machine)).build();
    }

    /** The primary IP configuration of the primary network interface (else the first of each). */
    private static String privateAddress(Map<String, Object> machine) {
        Map<String, Object> nic = primary(maps(machine, "resolved.networkInterfaces"));
        Map<String, Object> configuration = nic == null ? null : primary(maps(nic, "properties.ipConfigurations"));
        return configuration == null ? null : text(configuration, "properties.privateIPAddress");
    }

    private static String publicAddress(Map<String, Object> machine) {
        return maps(machine, "resolved.publicIPAddresses").stream()
                .map(address -> text(address, "properties.ipAddress"))
                .filter(address -> address != null && !address.isBlank())
                .findFirst().orElse(null);
    }

    private static Map<String, Object> primary(List<Map<String, Object>> candidates) {
        return candidates.stream().filter(candidate -> Boolean.TRUE.equals(at(candidate, "properties.primary")))
                .findFirst().orElse(candidates.isEmpty() ? null : candidates.get(0));
    }

    /** The OS disk (root) and the data disks, each known by its managed disk's id, as the volumes are. */
    private static List<Map<String, Object>> storage(Map<String, Object> machine) {
        List<Map<String, Object>> storage = new ArrayList<>();
        Map<String, Object> osDisk = Payloads.map(machine, "properties.storageProfile.osDisk").orElse(null);
        if (osDisk != null) {
            storage.add(disk(osDisk).put("root", "true").build());
        }
        for (Map<String, Object> dataDisk : maps(machine, "properties.storageProfile.dataDisks")) {
            Object lun = at(dataDisk, "lun");
            storage.add(disk(dataDisk).put("root", "false").put("device_name", lun == null ? null : "lun " + lun).build());
        }
        return storage;
    }

    private static Documents disk(Map<String, Object> disk) {
        String managedId = text(disk, "managedDisk.id");
        Object size = at(disk, "diskSizeGB");
        return Documents.document()
                .put("name", text(disk, "name"))
                .put("unique_id", managedId == null ? null : managedId.toLowerCase(Locale.ROOT))
                .put("size", size instanceof Number number && number.doubleValue() > 0 ? number : null)
                .put("storage_account_type", text(disk, "managedDisk.storageAccountType"))
                .put("create_option", text(disk, "createOption"))
                .put("write_accelerator_enabled", at(disk, "writeAcceleratorEnabled"))
                .put("delete_termination", text(disk, "deleteOption"));
    }

    /** The admin account: SSH keys make it {@code PKI}, else {@code Password}. */
    private static List<Map<String, Object>> auth(Map<String, Object> machine) {
        String admin = text(machine, "properties.osProfile.adminUsername");
        if (admin == null || admin.isBlank()) {
            return List.of();
        }
        boolean keys = !maps(machine, "properties.osProfile.linuxConfiguration.ssh.publicKeys").isEmpty();
        return List.of(Map.of("name", admin, "username", admin, "type", keys ? "PKI" : "Password"));
    }

    /** Power state when the instance view has one; else 0.6's rule: {@code Succeeded} → Active, else Avaliable. */
    private static String status(Map<String, Object> machine, String provisioning) {
        for (Map<String, Object> status : maps(machine, "properties.instanceView.statuses")) {
            String code = text(status, "code");
            if (code != null && code.startsWith("PowerState/")) {
                String power = code.substring("PowerState/".length()).toLowerCase(Locale.ROOT);
                if (RUNNING.contains(power)) {
                    return "Active";
                }
                if (STOPPED.contains(power)) {
                    return "Stopped";
                }
            }
        }
        return "Succeeded".equalsIgnoreCase(provisioning) ? "Active" : "Avaliable";
    }

    private static String imageId(Map<String, Object> machine) {
        String id = text(machine, "properties.storageProfile.imageReference.id");
        if (id != null) {
            return id.toLowerCase(Locale.ROOT);
        }
        String publisher = text(machine, "properties.storageProfile.imageReference.publisher");
        return publisher == null ? null : String.join(":", publisher,
                String.valueOf(text(machine, "properties.storageProfile.imageReference.offer")),
                String.valueOf(text(machine, "properties.storageProfile.imageReference.sku")),
                String.valueOf(text(machine, "properties.storageProfile.imageReference.version")));
    }
}
