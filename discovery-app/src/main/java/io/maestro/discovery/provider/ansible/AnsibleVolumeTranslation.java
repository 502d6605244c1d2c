package io.maestro.discovery.provider.ansible;

import static io.maestro.discovery.provider.support.Documents.document;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translate: one host's {@code ansible_devices} → volumes, one per disk (loop and RAM devices left out). A volume is
 * known as {@code <host identity>/<device>}.
 */
final class AnsibleVolumeTranslation {

    private AnsibleVolumeTranslation() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> volumes(Map<String, Object> host, TranslationContext context) {
        Map<String, Object> facts = AnsibleHosts.facts(host);
        if (!(facts.get("ansible_devices") instanceof Map<?, ?> devices)) {
            return List.of();
        }
        String hostIdentity = AnsibleHosts.identity(host, context.connection());
        String hostName = AnsibleHosts.name(host);
        List<Map<String, Object>> volumes = new ArrayList<>();
        devices.forEach((name, value) -> {
            String device = String.valueOf(name);
            if (device.startsWith("loop") || device.startsWith("ram") || !(value instanceof Map<?, ?> raw)) {
                return;
            }
            Map<String, Object> details = (Map<String, Object>) raw;
            Double size = size(details);
            if (size == null) {
                return;
            }
            Map<String, Object> volume = document()
                    .put("unique_id", hostIdentity + "/" + device)
                    .put("name", device.length() < 3 ? hostName + ":" + device : device)
                    .put("size", size)
                    .put("sectors", details.get("sectors"))
                    .put("sectorsize", details.get("sectorsize"))
                    .put("support_discard", details.get("support_discard"))
                    .put("model", details.get("model"))
                    .put("volume_type", "1".equals(Payloads.text(details, "rotational")) ? "hdd"
                            : "0".equals(Payloads.text(details, "rotational")) ? "ssd" : null)
                    .put("host", hostName)
                    .put("holders", details.get("holders"))
                    .put("status", "Active")
                    .put("datacenters", Documents.datacenter(context))
                    .build();
            volume.put("checksum", Checksums.of(volume));
            volumes.add(volume);
        });
        return volumes;
    }

    /** Sectors × sector size in GB (both are strings in the facts). */
    private static Double size(Map<String, Object> details) {
        try {
            double sectors = Double.parseDouble(String.valueOf(details.get("sectors")));
            double sectorSize = Double.parseDouble(String.valueOf(details.get("sectorsize")));
            return AnsibleServerTranslation.gigabytes(sectors * sectorSize, 1024d * 1024 * 1024);
        } catch (NumberFormatException unknown) {
            return null;
        }
    }
}
