package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.bool;
import static io.maestro.common.inventory.schema.Schemas.freeObject;
import static io.maestro.common.inventory.schema.Schemas.number;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.oneOf;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.FieldSchema;
import io.maestro.common.inventory.schema.ObjectSchema;
import java.util.List;

/** The sub-schemas several inventory entities share (§2.13). */
public final class InventorySchemas {

    /** The 26 application families of §2.13: every "resource family" (databases, brokers, CDN...) is an application. */
    public static final List<String> FAMILIES = List.of("Application", "Loadbalance", "Broker", "Database", "Serverless",
            "ApiGateway", "ContainerOrchestration", "ServiceMesh", "Cache", "CDN", "ObjectStorage", "Monitor", "Logs",
            "SMTP", "ServiceDiscovery", "VPN", "CI/CD", "DNS", "Repository", "Auth", "NAS", "AutoScaling",
            "AutoScalingPlan", "ServerlessLayer", "MachineLearning", "Corporate");

    private InventorySchemas() {
    }

    /** A link to another record by name: {@code {name (req), _id}} (applications' {@code system}, systems' {@code clients}). */
    public static ObjectSchema entities() {
        return object().field("name", string().required()).field("_id", any());
    }

    public static ObjectSchema contacts() {
        return object()
                .field("channel", string().max(250).title("Channel").choices("adminer:clients_options.channels"))
                .field("value", string().max(250).title("Contact"));
    }

    public static ObjectSchema deploy() {
        return object().field("type", string().max(60)).field("provider", string().max(60)).field("notes", string().max(600));
    }

    public static ObjectSchema asmGroups() {
        return object().field("name", string().max(150)).field("size", any());
    }

    public static ObjectSchema pdbs() {
        return object().field("name", string().max(150));
    }

    /** Provider ids are strings (AWS) or numbers (Digital Ocean). */
    public static FieldSchema<?> uniqueId() {
        return oneOf(string(), number());
    }

    /** {@code [{key ≤100, value ≤100}]} items. */
    public static ObjectSchema tags() {
        return object().field("key", string().max(100).title("Key")).field("value", string().max(100).title("Value"));
    }

    /**
     * The datacenter a record is in: the one picked among the user's datacenters ({@code _id}, {@code name},
     * {@code provider}, which a form copies from it), its region and zone, and whatever else discovery records there.
     */
    public static ObjectSchema datacenterLink() {
        return freeObject().title("Datacenter").choices("datacenters")
                .field("region", any().title("Region").choices("datacenter.regions"))
                .field("zone", any().title("Zone").choices("datacenter.zones"));
    }

    /**
     * A disk of a server. What a user types follows Maestro 0.6's rules ({@code root} a string, as 0.6: {@code "true"});
     * what discovery records of a provider's disks is free (compatibility.md D52).
     */
    public static ObjectSchema storage() {
        return object()
                .field("name", string().max(100).title("Name"))
                .field("device_name", string())
                .field("size", number().greater(0).max(99924).title("Size (GB)"))
                .field("root", string().max(10))
                .field("status", string().max(10))
                .field("volume_id", string().max(35))
                .field("unique_id", any())
                .field("attach_time", string().max(30))
                .field("mount", string().max(100).title("Mount"))
                .field("ftype", string().max(100).title("File system"))
                .field("lvm", bool())
                .field("pv", any())
                .field("vg", any())
                .field("storage_account_type", any())
                .field("write_accelerator_enabled", any())
                .field("create_option", any())
                .field("vhd", any())
                .field("diff_disk_settings", any())
                .field("delete_termination", any())
                .field("partitions", array())
                .field("mounts", array());
    }

    public static ObjectSchema services() {
        return object()
                .field("name", string().title("Name"))
                .field("version", any().title("Version"))
                .field("status", string().oneOf("Active", "Avaliable", "Stopped").withDefault("Active").title("Status"))
                .field("configs", freeObject())
                .field("setup", freeObject());
    }

    public static ObjectSchema auth() {
        return object()
                .field("name", string().max(100).title("Name"))
                .field("type", string().title("Type").choices("adminer:server_options.auth"))
                .field("username", string().max(100).title("User"))
                .field("key", string().max(100).title("Key"));
    }

    /** A link to an application or other entry point: {@code {_id (req), name ≤250, family, endpoint, environment}}. */
    public static ObjectSchema entries() {
        return object()
                .field("_id", any().required())
                .field("name", string().max(250))
                .field("family", string())
                .field("endpoint", any())
                .field("environment", string());
    }
}
