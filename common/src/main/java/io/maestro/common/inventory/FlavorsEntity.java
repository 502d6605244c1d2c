package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;
import java.util.List;

/** Flavors (§2.6, rules §2.13): discovered (OpenStack) or manual machine sizes. */
final class FlavorsEntity {

    /** What discovery and 0.6 recorded of a size (AWS's price list columns), accepted as it comes. */
    static final List<String> PROVIDER_FIELDS = List.of("memory", "compute_units_ecu", "vcpus", "gpus", "fpgas",
            "ecu_per_vcpu", "physical_processor", "clock_speed_ghz", "intel_avx", "intel_avx2", "intel_turbo",
            "instance_storage", "instance_storage_already_warmed_up", "instance_storage_ssd_trim_support", "arch",
            "network_performance", "ebs_optimized_max_bandwidth", "ebs_optimized_throughput",
            "ebs_optimized_max_16_k_iops", "max_ips", "enhanced_networking", "vpc_only", "ipv_6_support",
            "placement_group_support", "linux_virtualization", "linux_on_demand_cost", "linux_reserved_cost",
            "rhel_on_demand_cost", "rhel_reserved_cost", "sles_on_demand_cost", "sles_reserved_cost",
            "windows_on_demand_cost", "windows_reserved_cost", "windows_sql_web_on_demand_cost",
            "windows_sql_web_reserved_cost", "windows_sql_std_on_demand_cost", "windows_sql_std_reserved_cost",
            "windows_sql_ent_on_demand_cost", "windows_sql_ent_reserved_cost", "ebs_optimized_surcharge", "service",
            "is_public");

    private FlavorsEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 30).required().title("Name"))
                .field("api_name", string().length(3, 30).title("API name"))
                .field("provider", string().length(3, 30).title("Provider"))
                .field("datacenters", InventorySchemas.datacenterLink())
                .field("tags", array(InventorySchemas.tags()).title("Tags"))
                .field("unique_id", InventorySchemas.uniqueId())
                .field("checksum", string());
        // the provider's description of the size, as Maestro 0.6 stored it (its singleFilled)
        PROVIDER_FIELDS.forEach(field -> schema.field(field, any()));
        return InventoryEntity.builder("/flavors", "flavors", "flavors")
                .schema(schema)
                .listFields("_id", "name", "api_name", "provider", "datacenters.name", "datacenters.region", "tags",
                        "created_at", "updated_at",
                        // the rest of Maestro 0.6's list fields (resFilled)
                        "datacenters")
                .singleViewOfSchema()
                .discoveredBy("unique_id")
                .build();
    }
}
