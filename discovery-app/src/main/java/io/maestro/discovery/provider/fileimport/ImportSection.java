package io.maestro.discovery.provider.fileimport;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import java.util.List;

/**
 * One list of the Maestro JSON template ({@code {"servers": [...], "applications": [...], ...}}) and the task that
 * imports it (0.6 file provider: task, command name, the fields it copies).
 */
enum ImportSection {

    SERVERS("server-import", "maestro_template", "servers", CommandTarget.of(Inventory.SERVERS), List.of(
            "name", "hostname", "ipv4_private", "ipv4_public", "role", "environment", "os", "services", "tags", "cpu",
            "memory", "storage", "auth", "status")),
    APPLICATIONS("applications-import", "maestro_applications", "applications",
            CommandTarget.of(Inventory.APPLICATIONS), List.of(
            "name", "asm_groups", "spec", "size", "engine", "system", "own", "provider", "tags", "environment", "family",
            "status", "domain", "loadbalance_names", "instances", "language", "cluster", "dataguard", "type",
            "storage_types", "queues", "urls", "cache_behavior", "cache_nodes", "crs_version", "modal", "pdbs")),
    VOLUMES("volumes-import", "maestro_volumes", "volumes", CommandTarget.of(Inventory.VOLUMES), List.of(
            "name", "iops", "encrypted", "size", "fftype", "kms_key_id", "source_volume_id", "storage_account_type",
            "tags", "write_accelerator_enabled", "vhd", "diff_disk_settings", "create_option", "sectors", "sectorsize",
            "support_discard", "host", "holders", "migration_id", "image_id", "volume_type", "snapshot_id",
            "project_id", "service", "droplets_ids")),
    SNAPSHOTS("snapshots-import", "maestro_snapshots", "snapshots", CommandTarget.of(Inventory.SNAPSHOTS), List.of(
            "name", "volume_id", "volume_size", "status", "snapshot_id", "size", "progress", "tags", "kms_key_id",
            "encrypted", "description", "project_id", "service", "data_encryption_key_id", "owner_id", "start_time",
            "owner_alias", "state_message", "min_disk_size", "public", "type")),
    IMAGES("images-import", "maestro_images", "images", CommandTarget.of(Inventory.IMAGES), List.of(
            "name", "image_type", "image_location", "status", "root_device_type", "hypervisor", "plataform", "tags",
            "storage", "distribution", "slug", "region", "public", "min_disk_size", "type", "size")),
    FLAVORS("flavors-import", "maestro_flavors", "flavors",
            new CommandTarget(Inventory.FLAVORS.collection(), "name", null, null), List.of(
            "name", "api_name", "provider", "memory", "compute_units_ecu", "vcpus", "gpus", "fpgas", "tags",
            "ecu_per_vcpu", "physical_processor", "clock_speed_ghz", "intel_avx", "intel_avx2", "intel_turbo",
            "instance_storage", "instance_storage_already_warmed_up", "instance_storage_ssd_trim_support", "arch",
            "network_performance", "ebs_optimized_max_bandwidth", "ebs_optimized_throughput",
            "ebs_optimized_max_16_k_iops", "max_ips", "enhanced_networking", "vpc_only", "ipv_6_support",
            "placement_group_support", "linux_virtualization", "linux_on_demand_cost", "linux_reserved_cost",
            "rhel_on_demand_cost", "rhel_reserved_cost", "sles_on_demand_cost", "sles_reserved_cost",
            "windows_on_demand_cost", "windows_reserved_cost", "windows_sql_web_on_demand_cost",
            "windows_sql_web_reserved_cost", "windows_sql_std_on_demand_cost", "windows_sql_std_reserved_cost",
            "windows_sql_ent_on_demand_cost", "windows_sql_ent_reserved_cost", "ebs_optimized_surcharge", "service",
            "is_public"));

    private final String task;
    private final String command;
    private final String key;
    private final CommandTarget target;
    private final List<String> fields;

    ImportSection(String task, String command, String key, CommandTarget target, List<String> fields) {
        this.task = task;
        this.command = command;
        this.key = key;
        this.target = target;
        this.fields = fields;
    }

    String task() {
        return task;
    }

    /** The command's name: 0.6's {@code access} of the rule. */
    String command() {
        return command;
    }

    /** The template's list this section reads, e.g. {@code servers}. */
    String key() {
        return key;
    }

    CommandTarget target() {
        return target;
    }

    /** The template fields copied onto the record (0.6's mapper, field for field). */
    List<String> fields() {
        return fields;
    }
}
