package io.maestro.server.domain.resource.entities;

import static io.maestro.server.domain.resource.schema.Schemas.any;
import static io.maestro.server.domain.resource.schema.Schemas.array;
import static io.maestro.server.domain.resource.schema.Schemas.bool;
import static io.maestro.server.domain.resource.schema.Schemas.freeObject;
import static io.maestro.server.domain.resource.schema.Schemas.number;
import static io.maestro.server.domain.resource.schema.Schemas.object;
import static io.maestro.server.domain.resource.schema.Schemas.oneOf;
import static io.maestro.server.domain.resource.schema.Schemas.string;

import io.maestro.server.domain.resource.Actor;
import io.maestro.server.domain.resource.ResourceChange;
import io.maestro.server.domain.resource.schema.ObjectSchema;
import org.bson.Document;

/** The sub-schemas several inventory entities share (§2.13), and their shared hooks. */
public final class InventorySchemas {

    private InventorySchemas() {
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
    public static void tombstoneOnReplace(ResourceChange change, Document fields, Actor actor) {
        if (change == ResourceChange.REPLACE) {
            fields.put("checksum", "tombstone");
        }
    }
}
