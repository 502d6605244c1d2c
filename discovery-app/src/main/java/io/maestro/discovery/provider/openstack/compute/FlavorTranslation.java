package io.maestro.discovery.provider.openstack.compute;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.openstack.OpenStackDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.util.Map;

/**
 * A Nova flavor → a {@code flavors} document: {@code vcpus}, {@code memory} in GiB (Nova's {@code ram} is MiB), the
 * root disk as {@code instance_storage}. Flavor ids are short and chosen by each cloud ({@code 1}, {@code m1.small}),
 * so the {@code unique_id} is the connection's id and the flavor's (D56): two clouds' flavor {@code 1} stay apart.
 */
public final class FlavorTranslation implements ProviderCommand.ItemTranslation {

    private static final int LONGEST_NAME = 30;
    private static final double MB_PER_GIB = 1024.0;

    @Override
    public Map<String, Object> translate(Map<String, Object> flavor, TranslationContext context) {
        String id = OpenStackDocuments.uniqueId(flavor);
        if (id == null) {
            return null;
        }
        String name = OpenStackDocuments.name(flavor, LONGEST_NAME);
        Object ram = at(flavor, "ram");
        return Documents.document()
                .put("name", name)
                .put("api_name", name)
                .put("unique_id", context.connection().id() + "/" + id)
                .put("provider", "OpenStack")
                .put("vcpus", at(flavor, "vcpus"))
                .put("memory", ram instanceof Number mib ? mib.doubleValue() / MB_PER_GIB : null)
                .put("instance_storage", at(flavor, "disk"))
                .put("is_public", at(flavor, "os-flavor-access:is_public"))
                .put("tags", OpenStackDocuments.metadataTags(flavor, "extra_specs"))
                .put("datacenters", OpenStackDocuments.datacenter(flavor, context).put("flavor_id", id)
                        .put("swap", at(flavor, "swap")).put("ephemeral", at(flavor, "OS-FLV-EXT-DATA:ephemeral"))
                        .put("disabled", at(flavor, "OS-FLV-DISABLED:disabled"))
                        .put("description", text(flavor, "description")))
                .put("checksum", Checksums.of(flavor))
                .build();
    }
}
