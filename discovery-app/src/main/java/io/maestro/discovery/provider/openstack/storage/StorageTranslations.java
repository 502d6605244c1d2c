package io.maestro.discovery.provider.openstack.storage;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.openstack.OpenStackDocuments;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cinder volumes and snapshots, Glance images → {@code volumes}, {@code snapshots}, {@code images} (§4.3 as for EBS):
 * identified by their id, metadata (Cinder) or tags and properties (Glance) as tags, status by the EBS rule on
 * Cinder's states.
 */
public final class StorageTranslations {

    private static final int LONGEST_VOLUME_NAME = 80;
    private static final int LONGEST_SNAPSHOT_NAME = 30;
    private static final int LONGEST_IMAGE_NAME = 120;
    private static final double BYTES_PER_GIB = 1024.0 * 1024 * 1024;
    private static final Set<String> ACTIVE = Set.of("in-use", "creating", "attaching", "detaching", "extending",
            "reserved", "downloading", "uploading", "retyping", "backing-up", "restoring-backup", "maintenance");
    private static final Set<String> DELETED = Set.of("deleting", "deleted");
    private static final Set<String> ERROR = Set.of("error", "error_deleting", "error_restoring", "error_extending",
            "error_managing", "error_backing-up");

    private StorageTranslations() {
    }

    /** A Cinder volume; {@code host} is the server it is attached to, as the server's {@code storage} names it. */
    public static ProviderCommand.ItemTranslation volume() {
        return (volume, context) -> {
            String id = OpenStackDocuments.uniqueId(volume);
            if (id == null || !(at(volume, "size") instanceof Number size)) {
                return null;
            }
            List<Map<String, Object>> attachments = maps(volume, "attachments");
            String state = text(volume, "status");
            return Documents.document()
                    .put("name", OpenStackDocuments.name(volume, LONGEST_VOLUME_NAME))
                    .put("unique_id", id)
                    .put("size", size)
                    .put("volume_type", text(volume, "volume_type"))
                    .put("state", OpenStackDocuments.state(volume, "status"))
                    .put("status", status(state))
                    .put("active", !inactive(state))
                    .put("encrypted", at(volume, "encrypted"))
                    .put("snapshot_id", text(volume, "snapshot_id"))
                    .put("source_volume_id", text(volume, "source_volid"))
                    .put("image_id", text(volume, "volume_image_metadata.image_id"))
                    .put("host", attachments.isEmpty() ? null : text(attachments.get(0), "server_id"))
                    .put("holders", attachments(attachments))
                    .put("tags", OpenStackDocuments.metadataTags(volume, "metadata"))
                    .put("metas", Documents.document()
                            .put("bootable", text(volume, "bootable"))
                            .put("multiattach", at(volume, "multiattach"))
                            .put("description", text(volume, "description"))
                            .put("created_at", text(volume, "created_at")))
                    .put("datacenters", OpenStackDocuments.datacenter(volume, context))
                    .put("checksum", Checksums.of(volume))
                    .build();
        };
    }

    /** A Cinder snapshot; {@code volume_id} is its volume's {@code unique_id}. */
    public static ProviderCommand.ItemTranslation snapshot() {
        return (snapshot, context) -> {
            String id = OpenStackDocuments.uniqueId(snapshot);
            if (id == null) {
                return null;
            }
            String state = text(snapshot, "status");
            return Documents.document()
                    .put("name", OpenStackDocuments.name(snapshot, LONGEST_SNAPSHOT_NAME))
                    .put("unique_id", id)
                    .put("size", at(snapshot, "size"))
                    .put("volume_size", at(snapshot, "size"))
                    .put("volume_id", text(snapshot, "volume_id"))
                    .put("state", OpenStackDocuments.state(snapshot, "status"))
                    .put("status", status(state))
                    .put("active", !inactive(state))
                    .put("progress", text(snapshot, "os-extended-snapshot-attributes:progress"))
                    .put("start_time", text(snapshot, "created_at"))
                    .put("description", description(text(snapshot, "description")))
                    .put("project_id", text(snapshot, "os-extended-snapshot-attributes:project_id"))
                    .put("tags", OpenStackDocuments.metadataTags(snapshot, "metadata"))
                    .put("datacenters", OpenStackDocuments.datacenter(snapshot, context))
                    .put("checksum", Checksums.of(snapshot))
                    .build();
        };
    }

    /**
     * A Glance image: its tags, and its free properties (what Glance answers beyond its own fields, e.g.
     * {@code os_distro}) as tags.
     */
    public static ProviderCommand.ItemTranslation image() {
        return (image, context) -> {
            String id = OpenStackDocuments.uniqueId(image);
            if (id == null) {
                return null;
            }
            String state = text(image, "status");
            List<Map<String, Object>> tags = new ArrayList<>(OpenStackDocuments.nameTags(image));
            tags.addAll(OpenStackDocuments.metadataTags(properties(image), "properties"));
            return Documents.document()
                    .put("name", OpenStackDocuments.name(image, LONGEST_IMAGE_NAME))
                    .put("unique_id", id)
                    .put("image_type", text(image, "disk_format"))
                    .put("plataform", text(image, "os_type"))
                    .put("distribution", text(image, "os_distro"))
                    .put("state", OpenStackDocuments.state(image, "status"))
                    .put("status", "active".equals(state) ? "Active" : "Avaliable")
                    .put("active", !Set.of("deleted", "pending_delete", "killed").contains(state))
                    .put("public", "public".equals(text(image, "visibility")))
                    .put("size", at(image, "size") instanceof Number bytes ? bytes.doubleValue() / BYTES_PER_GIB : null)
                    .put("min_disk_size", at(image, "min_disk"))
                    .put("hypervisor", text(image, "hypervisor_type"))
                    .put("storage", Documents.document()
                            .put("container_format", text(image, "container_format"))
                            .put("virtual_size", at(image, "virtual_size"))
                            .put("min_ram", at(image, "min_ram")))
                    .put("tags", tags)
                    .put("datacenters", OpenStackDocuments.datacenter(image, context)
                            .put("visibility", text(image, "visibility"))
                            .put("architecture", text(image, "architecture"))
                            .put("created_at", text(image, "created_at")))
                    .put("checksum", Checksums.of(image))
                    .build();
        };
    }

    /** Glance's own fields; everything else an image carries is a property the user set. */
    private static final Set<String> GLANCE_FIELDS = Set.of("id", "name", "status", "visibility", "protected",
            "checksum", "owner", "size", "min_ram", "min_disk", "disk_format", "container_format", "created_at",
            "updated_at", "tags", "self", "file", "schema", "virtual_size", "os_hidden", "os_hash_algo",
            "os_hash_value", "direct_url", "locations", "stores");

    private static Map<String, Object> properties(Map<String, Object> image) {
        Map<String, Object> properties = new LinkedHashMap<>();
        image.forEach((key, value) -> {
            if (!GLANCE_FIELDS.contains(key) && (value instanceof String || value instanceof Number
                    || value instanceof Boolean)) {
                properties.put(key, value);
            }
        });
        return Map.of("properties", properties);
    }

    private static List<Map<String, Object>> attachments(List<Map<String, Object>> attachments) {
        return attachments.stream().map(attachment -> Documents.document()
                .put("server_id", text(attachment, "server_id"))
                .put("device", text(attachment, "device"))
                .put("attached_at", text(attachment, "attached_at"))
                .build()).toList();
    }

    /** EBS's rule on Cinder's states: working → Active, available → Avaliable, deleting → Deleted, errors → Error. */
    private static String status(String state) {
        String lower = state == null ? "" : state.toLowerCase(Locale.ROOT);
        if (ACTIVE.contains(lower)) {
            return "Active";
        }
        if (DELETED.contains(lower)) {
            return "Deleted";
        }
        if (ERROR.contains(lower)) {
            return "Error";
        }
        return "Avaliable";
    }

    private static boolean inactive(String state) {
        String lower = state == null ? "" : state.toLowerCase(Locale.ROOT);
        return DELETED.contains(lower) || ERROR.contains(lower);
    }

    private static String description(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }
}
