package io.maestro.discovery.provider.openstack.loadbalancer;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.openstack.OpenStackDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.ProviderCommand;
import io.maestro.discovery.provider.support.Tags;
import java.util.Map;
import java.util.Set;

/**
 * An Octavia load balancer → a {@code Loadbalance} application of provider {@code OpenStack (HaProxy)} (§4.2), as ELBs
 * are (§4.3): its VIP as the {@code role}'s endpoint, listeners and pools by id, status from the operating status
 * ({@code ONLINE} → Online), inactive once its provisioning failed or it was deleted.
 */
public final class LoadBalancerTranslation implements ProviderCommand.ItemTranslation {

    public static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "Loadbalance",
            "OpenStack (HaProxy)");

    private static final int LONGEST_NAME = 150;
    private static final Set<String> INACTIVE = Set.of("ERROR", "DELETED");

    @Override
    public Map<String, Object> translate(Map<String, Object> balancer, TranslationContext context) {
        String id = OpenStackDocuments.uniqueId(balancer);
        if (id == null) {
            return null;
        }
        var tags = OpenStackDocuments.nameTags(balancer);
        return Documents.document()
                .put("name", OpenStackDocuments.name(balancer, LONGEST_NAME))
                .put("unique_id", id)
                .put("family", TARGET.family())
                .put("provider", TARGET.provider())
                .put("own", 1)
                .put("description", text(balancer, "description"))
                .put("role", Documents.document()
                        .put("endpoint", text(balancer, "vip_address"))
                        .put("vip_port_id", text(balancer, "vip_port_id"))
                        .put("vip_subnet_id", text(balancer, "vip_subnet_id"))
                        .put("vip_network_id", text(balancer, "vip_network_id"))
                        .put("listeners", maps(balancer, "listeners").stream()
                                .map(listener -> text(listener, "id")).toList())
                        .put("pools", maps(balancer, "pools").stream().map(pool -> text(pool, "id")).toList())
                        .put("driver", text(balancer, "provider"))
                        .put("flavor_id", text(balancer, "flavor_id")))
                .put("status", OpenStackDocuments.state(balancer, "operating_status"))
                .put("state", text(balancer, "provisioning_status"))
                .put("active", !INACTIVE.contains(String.valueOf(text(balancer, "provisioning_status"))))
                .put("created_at", text(balancer, "created_at"))
                .put("tags", tags)
                .put("environment", Tags.value(tags, "environment"))
                .put("datacenters", OpenStackDocuments.datacenter(balancer, context)
                        .put("admin_state_up", at(balancer, "admin_state_up")))
                .put("checksum", Checksums.of(balancer))
                .build();
    }
}
