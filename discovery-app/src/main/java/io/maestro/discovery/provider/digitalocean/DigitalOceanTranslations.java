package io.maestro.discovery.provider.digitalocean;

import static io.maestro.discovery.provider.support.Documents.document;
import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.maps;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.support.Documents;
import io.maestro.discovery.provider.support.Payloads;
import io.maestro.discovery.provider.support.Tags;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Translate: DigitalOcean's objects → Maestro records (0.6 §4.3 "Droplet" and the DigitalOcean tasks, §4.2). */
final class DigitalOceanTranslations {

    private static final Map<String, String> DROPLET_STATUS = Map.of("new", "Active", "active", "Active",
            "off", "Stopped", "archive", "Archived");
    /** As 0.6: a droplet switched off or archived is not active. */
    private static final Set<String> INACTIVE = Set.of("off", "archive");

    private DigitalOceanTranslations() {
    }

    /** The datacenter of a DigitalOcean resource: the connection's, with the resource's region. */
    private static Documents datacenter(Map<String, Object> item, TranslationContext context) {
        return document()
                .put("name", context.connection().datacenterName())
                .put("_id", context.connection().datacenterId())
                .put("provider", context.connection().provider())
                .put("region", Payloads.first(item, "region.slug", "region"))
                .put("zone", text(item, "region.name"));
    }

    /** DigitalOcean's tags are names: {@link Tags#names}. */
    static List<Map<String, Object>> tags(Map<String, Object> item) {
        return at(item, "tags") instanceof List<?> names ? Tags.names(names) : List.of();
    }

    private static String address(Map<String, Object> droplet, String version, String type) {
        return maps(droplet, "networks." + version).stream().filter(network -> type.equals(network.get("type")))
                .map(network -> text(network, "ip_address")).findFirst().orElse(null);
    }

    static Map<String, Object> droplet(Map<String, Object> droplet, TranslationContext context) {
        Object id = droplet.get("id");
        if (id == null) {
            return null;
        }
        String status = text(droplet, "status");
        Object memory = droplet.get("memory");
        return document()
                .put("unique_id", String.valueOf(id))
                .put("name", Payloads.first(droplet, "name"))
                .put("hostname", text(droplet, "name"))
                .put("ipv4_private", address(droplet, "v4", "private"))
                .put("ipv4_public", address(droplet, "v4", "public"))
                .put("cpu", droplet.get("vcpus"))
                .put("memory", memory instanceof Number megabytes ? megabytes.doubleValue() / 1024 : null)
                .put("os", document()
                        .put("base", "Linux")
                        .put("dist", text(droplet, "image.distribution"))
                        .put("version", text(droplet, "image.name")))
                .put("storage", droplet.get("disk") instanceof Number disk
                        ? List.of(Map.of("name", "disk", "size", disk, "root", "true")) : List.of())
                .put("tags", tags(droplet))
                .put("status", status == null ? null : DROPLET_STATUS.getOrDefault(status, Payloads.capitalise(status)))
                .put("active", status != null && INACTIVE.contains(status) ? false : null)
                .put("created_at", text(droplet, "created_at"))
                .put("metas", document()
                        .put("ipv6", address(droplet, "v6", "public"))
                        .put("features", droplet.get("features"))
                        .put("volume_ids", droplet.get("volume_ids")))
                .put("datacenters", datacenter(droplet, context)
                        .put("type", "Virtual")
                        .put("instance", Payloads.first(droplet, "size_slug", "size.slug"))
                        .put("image_id", Payloads.first(droplet, "image.slug", "image.id"))
                        .put("vpc_uuid", text(droplet, "vpc_uuid")))
                .put("checksum", Checksums.of(droplet))
                .build();
    }

    static Map<String, Object> volume(Map<String, Object> volume, TranslationContext context) {
        String id = text(volume, "id");
        if (id == null) {
            return null;
        }
        return document()
                .put("unique_id", id)
                .put("name", text(volume, "name"))
                .put("size", volume.get("size_gigabytes"))
                .put("volume_type", text(volume, "filesystem_type"))
                .put("droplets_ids", volume.get("droplet_ids"))
                .put("tags", tags(volume))
                .put("status", "Active")
                .put("created_at", text(volume, "created_at"))
                .put("datacenters", datacenter(volume, context))
                .put("checksum", Checksums.of(volume))
                .build();
    }

    static Map<String, Object> loadBalancer(Map<String, Object> balancer, TranslationContext context) {
        String id = text(balancer, "id");
        if (id == null) {
            return null;
        }
        String status = text(balancer, "status");
        return document()
                .put("unique_id", id)
                .put("name", text(balancer, "name"))
                .put("family", "Loadbalance")
                .put("provider", "LB (DigitalOcean)")
                .put("own", 1)
                .put("status", Payloads.capitalise(status))
                .put("active", "errored".equals(status) ? false : null)
                .put("role", document()
                        .put("endpoint", text(balancer, "ip"))
                        .put("algorithm", text(balancer, "algorithm"))
                        .put("forwarding_rules", balancer.get("forwarding_rules"))
                        .put("health_check", balancer.get("health_check"))
                        .put("droplet_ids", balancer.get("droplet_ids"))
                        .put("size", text(balancer, "size")))
                .put("tags", tags(balancer))
                .put("datacenters", datacenter(balancer, context))
                .put("checksum", Checksums.of(balancer))
                .build();
    }

    static Map<String, Object> firewall(Map<String, Object> firewall, TranslationContext context) {
        String id = text(firewall, "id");
        if (id == null) {
            return null;
        }
        return document()
                .put("unique_id", id)
                .put("name", text(firewall, "name"))
                .put("family", "Firewall")
                .put("status", Payloads.capitalise(text(firewall, "status")))
                .put("inbound_rules", firewall.get("inbound_rules"))
                .put("outbound_rules", firewall.get("outbound_rules"))
                .put("droplet_ids", firewall.get("droplet_ids"))
                .put("tags", tags(firewall))
                .put("datacenters", datacenter(firewall, context))
                .put("checksum", Checksums.of(firewall))
                .build();
    }

    static Map<String, Object> vpc(Map<String, Object> vpc, TranslationContext context) {
        String id = text(vpc, "id");
        if (id == null) {
            return null;
        }
        return document()
                .put("unique_id", id)
                .put("name", text(vpc, "name"))
                .put("family", "Vpc")
                .put("cidr_block", text(vpc, "ip_range"))
                .put("is_default", vpc.get("default"))
                .put("description", text(vpc, "description"))
                .put("datacenters", datacenter(vpc, context))
                .put("checksum", Checksums.of(vpc))
                .build();
    }

    static Map<String, Object> image(Map<String, Object> image, TranslationContext context) {
        Object id = image.get("id");
        if (id == null) {
            return null;
        }
        return document()
                .put("unique_id", String.valueOf(id))
                .put("name", text(image, "name"))
                .put("distribution", text(image, "distribution"))
                .put("slug", text(image, "slug"))
                .put("public", image.get("public"))
                .put("image_type", text(image, "type"))
                .put("min_disk_size", image.get("min_disk_size"))
                .put("size", image.get("size_gigabytes"))
                .put("status", Payloads.capitalise(text(image, "status")))
                .put("regions", image.get("regions"))
                .put("created_at", text(image, "created_at"))
                .put("tags", tags(image))
                .put("datacenters", datacenter(image, context))
                .put("checksum", Checksums.of(image))
                .build();
    }

    static Map<String, Object> snapshot(Map<String, Object> snapshot, TranslationContext context) {
        String id = text(snapshot, "id");
        if (id == null) {
            return null;
        }
        boolean ofVolume = "volume".equals(text(snapshot, "resource_type"));
        return document()
                .put("unique_id", id)
                .put("name", text(snapshot, "name"))
                .put("size", snapshot.get("size_gigabytes"))
                .put("min_disk_size", snapshot.get("min_disk_size"))
                .put("volume_id", ofVolume ? text(snapshot, "resource_id") : null)
                .put("type", text(snapshot, "resource_type"))
                .put("start_time", text(snapshot, "created_at"))
                .put("tags", tags(snapshot))
                .put("metas", document().put("resource_id", text(snapshot, "resource_id"))
                        .put("regions", snapshot.get("regions")))
                .put("datacenters", datacenter(snapshot, context))
                .put("checksum", Checksums.of(snapshot))
                .build();
    }

    static Map<String, Object> cdnEndpoint(Map<String, Object> endpoint, TranslationContext context) {
        String id = text(endpoint, "id");
        if (id == null) {
            return null;
        }
        return document()
                .put("unique_id", id)
                .put("name", text(endpoint, "origin"))
                .put("family", "CDN")
                .put("provider", "CDN (DigitalOcean)")
                .put("own", 1)
                .put("role", document()
                        .put("endpoint", text(endpoint, "endpoint"))
                        .put("origin", text(endpoint, "origin"))
                        .put("ttl", endpoint.get("ttl"))
                        .put("custom_domain", text(endpoint, "custom_domain"))
                        .put("certificate_id", text(endpoint, "certificate_id")))
                .put("created_at", text(endpoint, "created_at"))
                .put("datacenters", datacenter(endpoint, context))
                .put("checksum", Checksums.of(endpoint))
                .build();
    }

    static Map<String, Object> kubernetesCluster(Map<String, Object> cluster, TranslationContext context) {
        String id = text(cluster, "id");
        if (id == null) {
            return null;
        }
        String state = text(cluster, "status.state");
        return document()
                .put("unique_id", id)
                .put("name", text(cluster, "name"))
                .put("family", "ContainerOrchestration")
                .put("provider", "Kubernetes (DigitalOcean)")
                .put("own", 1)
                .put("status", Payloads.capitalise(state))
                .put("active", "deleted".equals(state) || "error".equals(state) ? false : null)
                .put("role", document()
                        .put("endpoint", text(cluster, "endpoint"))
                        .put("ipv4", text(cluster, "ipv4"))
                        .put("version", text(cluster, "version"))
                        .put("cluster_subnet", text(cluster, "cluster_subnet"))
                        .put("service_subnet", text(cluster, "service_subnet"))
                        .put("vpc_uuid", text(cluster, "vpc_uuid"))
                        .put("node_pools", cluster.get("node_pools")))
                .put("tags", tags(cluster))
                .put("created_at", text(cluster, "created_at"))
                .put("datacenters", datacenter(cluster, context))
                .put("checksum", Checksums.of(cluster))
                .build();
    }
}
