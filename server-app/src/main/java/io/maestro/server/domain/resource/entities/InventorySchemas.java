package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.any;
import static io.maestro.server.domain.resource.schema.Schemas.array;
import static io.maestro.server.domain.resource.schema.Schemas.bool;
import static io.maestro.server.domain.resource.schema.Schemas.freeObject;
import static io.maestro.server.domain.resource.schema.Schemas.number;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.oneOf;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.common.audit.Change;
import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.schema.FieldSchema;
import io.maestro.server.domain.resource.schema.ObjectSchema;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** The sub-schemas several inventory entities share (§2.13), and their shared hooks. */
public final class InventorySchemas {

    /** The 26 application families of §2.13: every "resource family" (databases, brokers, CDN...) is an application. */
    public static final List<String> FAMILIES = List.of("Application", "Loadbalance", "Broker", "Database", "Serverless",
            "ApiGateway", "ContainerOrchestration", "ServiceMesh", "Cache", "CDN", "ObjectStorage", "Monitor", "Logs",
            "SMTP", "ServiceDiscovery", "VPN", "CI/CD", "DNS", "Repository", "Auth", "NAS", "AutoScaling",
            "AutoScalingPlan", "ServerlessLayer", "MachineLearning", "Corporate");

    /** What every record carries besides its writable fields, shown in single views. */
    private static final List<String> RECORD_FIELDS = List.of("roles", "owner", "active", "created_at");

    private InventorySchemas() {
    }

    /** The single view of a record: its writable fields and the record fields (ACL, owner, active, created_at). */
    public static String[] singleView(ObjectSchema schema, String... more) {
        List<String> fields = new ArrayList<>(schema.fieldNames());
        fields.addAll(RECORD_FIELDS);
        fields.addAll(List.of(more));
        return fields.toArray(String[]::new);
    }

    /** A link to another record by name: {@code {name (req), _id}} (applications' {@code system}, systems' {@code clients}). */
    public static ObjectSchema entities() {
        return object().field("name", string().required()).field("_id", any());
    }

    public static ObjectSchema contacts() {
        return object().field("channel", string().max(250)).field("value", string().max(250));
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
        return object().field("key", string().max(100)).field("value", string().max(100));
    }

    public static ObjectSchema storage() {
        return object()
                .field("name", string().max(100))
                .field("device_name", string())
                .field("size", number().greater(0).max(99924))
                .field("root", oneOf(string().max(10), bool()))
                .field("status", string().max(10))
                .field("volume_id", string().max(35))
                .field("unique_id", any())
                .field("attach_time", string().max(30))
                .field("mount", string())
                .field("ftype", string())
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
                .field("name", string())
                .field("status", string().oneOf("Active", "Avaliable", "Stopped").withDefault("Active"))
                .field("version", any())
                .field("configs", freeObject())
                .field("setup", freeObject());
    }

    public static ObjectSchema auth() {
        return object()
                .field("name", string().max(100))
                .field("type", string())
                .field("username", string().max(100))
                .field("key", string().max(100));
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

    /** A manual PUT on a discovered record forces discovery to re-merge it on the next sync (0.6's tombstone hook). */
    public static void tombstoneOnReplace(Change change, Document fields, Actor actor) {
        if (change == Change.UPDATE) {
            fields.put("checksum", "tombstone");
        }
    }
}
