package io.maestro.discovery.provider.openstack.network;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.openstack.OpenStackDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Neutron's networks, subnets, ports, routers and security groups → {@code networks} documents of families
 * {@code Network}, {@code Subnet}, {@code Port}, {@code Router}, {@code SecurityGroup}, in Neutron's field names
 * (the networks entity lists them), each identified by its id.
 */
public final class NetworkTranslations {

    public static final String NETWORK = "Network";
    public static final String SUBNET = "Subnet";
    public static final String PORT = "Port";
    public static final String ROUTER = "Router";
    public static final String SECURITY_GROUP = "SecurityGroup";

    private static final int LONGEST_NAME = 30;

    private NetworkTranslations() {
    }

    public static ProviderCommand.ItemTranslation network() {
        return translation(NETWORK, (network, document) -> document
                .put("subnets", at(network, "subnets"))
                .put("shared", at(network, "shared"))
                .put("external", at(network, "router:external"))
                .put("mtu", at(network, "mtu"))
                .put("port_security_enabled", at(network, "port_security_enabled"))
                .put("availability_zone_hints", at(network, "availability_zone_hints"))
                .put("type", text(network, "provider:network_type")));
    }

    public static ProviderCommand.ItemTranslation subnet() {
        return translation(SUBNET, (subnet, document) -> document
                .put("cidr_block", text(subnet, "cidr"))
                .put("vpc_id", text(subnet, "network_id"))
                .put("network_id", text(subnet, "network_id"))
                .put("gateway_ip", text(subnet, "gateway_ip"))
                .put("ip_version", at(subnet, "ip_version"))
                .put("enable_dhcp", at(subnet, "enable_dhcp"))
                .put("allocation_pools", at(subnet, "allocation_pools"))
                .put("dns_nameservers", at(subnet, "dns_nameservers"))
                .put("host_routes", at(subnet, "host_routes"))
                .put("ipv6_address_mode", text(subnet, "ipv6_address_mode")));
    }

    /** A port; {@code device_id} is the server (or router) it belongs to, the server's {@code unique_id}. */
    public static ProviderCommand.ItemTranslation port() {
        return translation(PORT, (port, document) -> document
                .put("vpc_id", text(port, "network_id"))
                .put("network_id", text(port, "network_id"))
                .put("mac_address", text(port, "mac_address"))
                .put("fixed_ips", at(port, "fixed_ips"))
                .put("private_ip_address", maps(port, "fixed_ips").stream().map(ip -> text(ip, "ip_address"))
                        .filter(ip -> ip != null).findFirst().orElse(null))
                .put("device_id", text(port, "device_id"))
                .put("device_owner", text(port, "device_owner"))
                .put("security_groups", at(port, "security_groups"))
                .put("port_security_enabled", at(port, "port_security_enabled")));
    }

    public static ProviderCommand.ItemTranslation router() {
        return translation(ROUTER, (router, document) -> document
                .put("external_gateway_info", at(router, "external_gateway_info"))
                .put("vpc_id", text(router, "external_gateway_info.network_id"))
                .put("routes", at(router, "routes"))
                .put("availability_zone_hints", at(router, "availability_zone_hints")));
    }

    /** A security group and its rules, as AWS's {@code ip_permissions} (ingress) and {@code ip_permissions_egress}. */
    public static ProviderCommand.ItemTranslation securityGroup() {
        return translation(SECURITY_GROUP, (group, document) -> document
                .put("group_id", text(group, "id"))
                .put("group_name", text(group, "name"))
                .put("ip_permissions", rules(group, "ingress"))
                .put("ip_permissions_egress", rules(group, "egress")));
    }

    private static List<Map<String, Object>> rules(Map<String, Object> group, String direction) {
        return maps(group, "security_group_rules").stream()
                .filter(rule -> direction.equals(text(rule, "direction")))
                .map(rule -> Documents.document()
                        .put("id", text(rule, "id"))
                        .put("ethertype", text(rule, "ethertype"))
                        .put("protocol", text(rule, "protocol") == null ? "any" : text(rule, "protocol"))
                        .put("port_range_min", at(rule, "port_range_min"))
                        .put("port_range_max", at(rule, "port_range_max"))
                        .put("remote_ip_prefix", text(rule, "remote_ip_prefix"))
                        .put("remote_group_id", text(rule, "remote_group_id"))
                        .put("description", text(rule, "description"))
                        .build())
                .toList();
    }

    /** The family's fields over what every Neutron record has; a resource without id is skipped. */
    private static ProviderCommand.ItemTranslation translation(String family,
            BiFunction<Map<String, Object>, Documents, Documents> fields) {
        return (resource, context) -> OpenStackDocuments.uniqueId(resource) == null ? null
                : fields.apply(resource, common(resource, family, context)).build();
    }

    /** Every Neutron record: name, id, family, description, state, tags, project, datacenter; the checksum. */
    private static Documents common(Map<String, Object> resource, String family, TranslationContext context) {
        return Documents.document()
                .put("name", OpenStackDocuments.name(resource, LONGEST_NAME))
                .put("unique_id", OpenStackDocuments.uniqueId(resource))
                .put("family", family)
                .put("description", text(resource, "description"))
                .put("status", OpenStackDocuments.state(resource, "status"))
                .put("admin_state_up", at(resource, "admin_state_up"))
                .put("project_id", text(resource, "project_id"))
                .put("tags", OpenStackDocuments.nameTags(resource))
                .put("datacenters", OpenStackDocuments.datacenter(resource, context))
                .put("checksum", Checksums.of(resource));
    }
}
