package io.maestro.common.inventory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The projections of Maestro 0.6.1's server-app, per route: {@code resFilled} (lists) and {@code singleFilled} (single
 * views) of {@code app/*}{@code /entities/*.js}, and {@code filled} (what a write stores: the single fields without
 * {@code _id} and {@code updated_at}). Reports are absent: 0.6.1's report entity could not be read, so ours are
 * pinned as they are (compatibility.md D51).
 */
final class Maestro06Projections {

    record Projection(List<String> list, List<String> single) {

        /** 0.6's {@code filled}: {@code singleFilled} less its first two entries ({@code _id}, {@code updated_at}). */
        Set<String> filled() {
            Set<String> filled = new LinkedHashSet<>(single);
            filled.remove("_id");
            filled.remove("updated_at");
            return filled;
        }
    }

    private static final List<String> RECORD = List.of("_id", "updated_at", "created_at");

    static final Map<String, Projection> BY_ROUTE = Map.ofEntries(
            Map.entry("/servers", of(
                    List.of("hostname", "ipv4_private", "ipv4_public", "os.base", "os.dist", "datacenters.name",
                            "datacenters.region", "datacenters.zone", "datacenters._id", "datacenters.instance_id",
                            "applications._id", "applications.name", "applications.family", "role", "environment",
                            "image", "backup_ids", "next_backup_window", "snapshot_ids", "auth.name", "auth.username",
                            "auth.type", "services", "tags"),
                    List.of("unique_id", "cpu", "memory", "storage", "datacenters", "applications", "os", "auth",
                            "role", "environment", "roles", "owner", "active", "status", "meta", "checksum", "metas",
                            "dns_public", "dns_private"))),
            Map.entry("/applications", of(
                    List.of("unique_id", "name", "status", "family", "environment", "provider", "own", "tables",
                            "system.name", "system._id", "engine", "size", "deps", "role", "spec", "asm_groups",
                            "domain", "loadbalance_names", "instances", "language", "cluster", "dataguard", "type",
                            "storage_types", "queues", "urls", "cache_behavior", "cache_nodes", "crs_version", "modal",
                            "pdbs", "datacenters.name", "datacenters", "deploy", "tags", "description", "read_status",
                            "state", "active"),
                    List.of("roles", "system", "owner"))),
            Map.entry("/system", of(
                    List.of("name", "description", "entry", "tags", "clients._id", "clients.name"),
                    List.of("clients", "roles", "owner", "active"))),
            Map.entry("/clients", of(
                    List.of("name", "description", "contacts", "tags", "active"),
                    List.of("roles", "owner"))),
            Map.entry("/datacenters", of(
                    List.of("name", "active", "zones", "regions", "provider", "role", "metas", "roles", "sucessed"),
                    List.of("owner", "auth", "tracker"))),
            Map.entry("/connections", of(
                    List.of("name", "conn", "auth_api", "translate_api", "status", "roles", "dc", "active", "service",
                            "owner_user", "regions", "provider", "url", "project", "dc_id", "user_domain_id",
                            "api_version", "tab"),
                    List.of("process", "owner"))),
            Map.entry("/volumes", of(
                    List.of("name", "size", "unique_id", "iops", "datacenters.name", "datacenters", "encrypted",
                            "attach_time", "status", "fftype", "tags"),
                    List.of("kms_key_id", "roles", "owner", "source_volume_id", "active", "storage_account_type",
                            "write_accelerator_enabled", "vhd", "diff_disk_settings", "create_option", "migration_id",
                            "image_id", "volume_type", "snapshot_id", "project_id", "service", "droplets_ids"))),
            Map.entry("/images", of(
                    List.of("name", "datacenters.name", "datacenters.region", "datacenters.zone", "size", "unique_id",
                            "image_type", "image_location", "status", "active"),
                    List.of("root_device_type", "hypervisor", "plataform", "storage", "roles", "owner", "distribution",
                            "slug", "region", "public", "min_disk_size", "type"))),
            Map.entry("/snapshots", of(
                    List.of("name", "datacenters.name", "datacenters.region", "datacenters.zone", "volume_id",
                            "volume_size", "status", "snapshot_id", "size", "progress", "active"),
                    List.of("datacenters", "unique_id", "kms_key_id", "encrypted", "description", "project_id",
                            "service", "data_encryption_key_id", "owner_id", "start_time", "owner_alias",
                            "state_message", "roles", "min_disk_size", "public", "type"))),
            Map.entry("/network", of(
                    List.of("name", "unique_id", "environment", "family", "datacenters.name", "datacenters.region",
                            "datacenters.zone", "status", "tags"),
                    List.of("vpc_peering_connection_id", "vpc_id", "image_id", "port_id", "security_id", "group_id",
                            "datacenters", "subnet_id", "route_id", "vpn_gateway_id", "vpc_endpoint_id",
                            "route_table_id", "network_interface_id", "availability_zone",
                            "available_ip_address_count", "is_vlan_transparent", "active", "cidr_block",
                            "default_for_az", "map_public_ip_on_launch", "assign_ipv6_address_on_creation",
                            "dhcp_options_id", "instance_tenancy", "ipv6_cidr_block_association_set",
                            "cidr_block_association_set", "is_default", "accepter_vpc_info", "expiration_time",
                            "requester_vpc_info", "description", "group_name", "ip_permissions", "associations",
                            "propagating_vgws", "routes", "attachment", "interface_type", "ipv6_addresses",
                            "mac_address", "owner_id", "_private_dns_name", "private_ip_address",
                            "private_ip_addresses", "primary", "private_dns_name", "requesterId", "requester_managed",
                            "source_dest_check", "delete_time", "dailure_code", "dailure_message",
                            "nat_gateway_addresses", "nat_gateway_id", "ProvisionedBandwidth", "entries",
                            "NetworkAclId", "vpc_endpoint_type", "service_name", "policy_document", "route_table_ids",
                            "subnet_ids", "groups", "private_dns_enabled", "network_interface_ids, dns_entries",
                            "roles", "owner", "service", "is_port_security_enabled", "ipv4_address_scope_id", "mtu",
                            "project_id", "network_id", "fixed_ips", "resources_key", "security_group_ids",
                            "external_gateway_info", "flavor_id", "inbound_rules", "outbound_rules", "droplets_ids",
                            "pending_changes", "ip_configurations", "allow_list", "availability_zone_hints",
                            "allocation_pools", "use_default_subnet_pool", "ipv6_address_mode", "ddos_protection_plan",
                            "subnets", "address_space", "virtual_network_peerings", "enable_vm_protection",
                            "enable_ddos_protection", "type", "dhcp_options", "is_dhcp_enabled"))),
            Map.entry("/flavors", of(
                    List.of("name", "api_name", "provider", "datacenters", "tags"),
                    List.of("memory", "compute_units_ecu", "vcpus", "unique_id", "gpus", "fpgas", "ecu_per_vcpu",
                            "physical_processor", "clock_speed_ghz", "intel_avx", "intel_avx2", "intel_turbo",
                            "instance_storage", "instance_storage_already_warmed_up",
                            "instance_storage_ssd_trim_support", "arch", "network_performance",
                            "ebs_optimized_max_bandwidth", "active", "ebs_optimized_throughput",
                            "ebs_optimized_max_16_k_iops", "max_ips", "enhanced_networking", "vpc_only",
                            "ipv_6_support", "placement_group_support", "linux_virtualization", "linux_on_demand_cost",
                            "linux_reserved_cost", "rhel_on_demand_cost", "rhel_reserved_cost", "sles_on_demand_cost",
                            "sles_reserved_cost", "windows_on_demand_cost", "windows_reserved_cost",
                            "windows_sql_web_on_demand_cost", "windows_sql_web_reserved_cost",
                            "windows_sql_std_on_demand_cost", "windows_sql_std_reserved_cost",
                            "windows_sql_ent_on_demand_cost", "service", "is_public", "windows_sql_ent_reserved_cost",
                            "ebs_optimized_surcharge", "roles"))),
            Map.entry("/events", of(
                    List.of("msg", "context", "description", "status"),
                    List.of("roles", "owner"))),
            Map.entry("/scheduler", of(
                    List.of("name", "enabled", "link", "link._id", "link.task", "link.name", "interval", "cron",
                            "method", "task", "args", "kwargs", "chain", "endpoint", "total_run_count", "period_type",
                            "run_immediately", "crawling"),
                    List.of("msg", "roles", "owner", "_cls", "active"))),
            Map.entry("/graphs", of(
                    List.of("name", "tab", "status", "systems", "systems.name", "systems._id", "clients", "apps"),
                    List.of("info", "ifamilies", "iservers", "isystems", "iclients", "counters", "type", "roles",
                            "owner", "spublic"))),
            Map.entry("/projects", of(
                    List.of("name", "roles", "owner"),
                    List.of())));

    private Maestro06Projections() {
    }

    /** 0.6 writes each list as {@code _id, updated_at, created_at} and the entity's fields; a single view adds more. */
    private static Projection of(List<String> listFields, List<String> moreSingleFields) {
        Set<String> list = new LinkedHashSet<>(RECORD);
        list.addAll(listFields);
        Set<String> single = new LinkedHashSet<>(list);
        single.addAll(moreSingleFields);
        return new Projection(List.copyOf(list), List.copyOf(single));
    }
}
