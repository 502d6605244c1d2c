package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;
import java.util.List;

/**
 * Networks (§2.6, rules §2.13): VPCs, subnets, security groups, route tables... told apart by {@code family}. Route
 * {@code /network}, entity name {@code networks} (D6). Only {@code name} has rules; the provider fields are free.
 * Discovered.
 */
final class NetworksEntity {

    /** The provider fields discovery maps onto networks (AWS, Azure, OpenStack, Digital Ocean), accepted as they come. */
    static final List<String> PROVIDER_FIELDS = List.of("family", "unique_id", "description", "status", "state",
            "datacenters", "tags", "vpc_id", "subnet_id", "cidr_block", "cidr_block_association_set", "ipv6_cidr_block",
            "ipv6_cidr_block_association_set", "is_default", "instance_tenancy", "dhcp_options_id", "owner_id",
            "availability_zone", "availability_zone_id", "available_ip_address_count", "default_for_az",
            "map_public_ip_on_launch", "assign_ipv6_address_on_creation", "subnet_arn", "group_id", "group_name",
            "ip_permissions", "ip_permissions_egress", "vpc_peering_connection_id", "accepter_vpc_info",
            "requester_vpc_info", "expiration_time", "vpn_gateway_id", "vpc_attachments", "amazon_side_asn", "type",
            "vpc_endpoint_id", "vpc_endpoint_type", "service_name", "policy_document", "route_table_ids",
            "subnet_ids", "groups", "private_dns_enabled", "network_interface_ids", "dns_entries", "creation_timestamp",
            "route_table_id", "routes", "associations", "propagating_vgws", "network_interface_id", "interface_type",
            "attachment", "mac_address", "private_dns_name", "private_ip_address", "private_ip_addresses",
            "requester_id", "requester_managed", "source_dest_check", "association", "nat_gateway_id",
            "nat_gateway_addresses", "create_time", "delete_time", "failure_code", "failure_message",
            "network_acl_id", "entries", "location", "resource_group", "provisioning_state", "address_space",
            "subnets", "virtual_network_peerings", "enable_ddos_protection", "ip_address", "public_ip_allocation_method",
            "public_ip_address_version", "idle_timeout_in_minutes", "ip_configuration", "dns_settings", "sku",
            "inbound_rules", "outbound_rules", "droplet_ids", "pending_changes", "network_id", "router_id",
            "admin_state_up", "port_security_enabled", "external_gateway_info", "fixed_ips", "device_id",
            "device_owner", "security_groups", "gateway_ip", "ip_version", "enable_dhcp", "allocation_pools",
            "dns_nameservers", "host_routes", "shared", "external", "mtu", "checksum",
            // the rest of what Maestro 0.6 stored on networks (its singleFilled), its misspellings included
            "environment", "image_id", "port_id", "security_id", "route_id", "is_vlan_transparent", "ipv6_addresses",
            "_private_dns_name", "primary", "requesterId", "dailure_code", "dailure_message", "ProvisionedBandwidth",
            "NetworkAclId", "service", "is_port_security_enabled", "ipv4_address_scope_id", "project_id",
            "resources_key", "security_group_ids", "flavor_id", "droplets_ids", "ip_configurations", "allow_list",
            "availability_zone_hints", "use_default_subnet_pool", "ipv6_address_mode", "ddos_protection_plan",
            "enable_vm_protection", "dhcp_options", "is_dhcp_enabled");

    private NetworksEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object().field("name", string().length(3, 30).required().title("Name"));
        PROVIDER_FIELDS.forEach(field -> schema.field(field, any()));
        // the provider fields a user types in the dashboard's form, still free
        schema.field("family", any().title("Kind"))
                .field("cidr_block", any().title("CIDR"))
                .field("vpc_id", any().title("VPC"))
                .field("datacenters", any().title("Datacenter").choices("datacenters"));
        return InventoryEntity.builder("/network", "networks", "networks")
                .schema(schema)
                .listFields("_id", "name", "family", "unique_id", "vpc_id", "cidr_block", "status", "state",
                        "datacenters.name", "datacenters.region", "created_at", "updated_at",
                        // the rest of Maestro 0.6's list fields (resFilled)
                        "environment", "datacenters.zone", "tags")
                .singleViewOfSchema()
                .discoveredBy("unique_id")
                .build();
    }
}
