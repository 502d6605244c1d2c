package io.maestro.common.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.inventory.Maestro06Projections.Projection;
import io.maestro.common.inventory.schema.ObjectSchema.Mode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, items 2 and 3: every entity's list and single views are Maestro 0.6.1's ({@link Maestro06Projections})
 * plus the additions pinned here, each documented in compatibility.md (D26, D31, D51); and every field 0.6 stored on a
 * write is writable here, but for the exceptions pinned here (H15, S31, D51).
 */
class InventoryProjectionsTest {

    private static final Set<String> LIFECYCLE = Set.of("first_seen_at", "last_seen_at");

    /** What our lists show beyond 0.6's, by route (a field counts as shown when its whole top-level field is). */
    private static final Map<String, Set<String>> LIST_ADDITIONS = Map.ofEntries(
            Map.entry("/servers", union(LIFECYCLE, Set.of("name", "datacenters.provider", "status", "cpu", "memory"))),
            // the whole system link, where 0.6 listed its name and id
            Map.entry("/applications", union(LIFECYCLE, Set.of("system"))),
            Map.entry("/system", Set.of("clients")),
            Map.entry("/clients", Set.of()),
            Map.entry("/datacenters", Set.of()),
            Map.entry("/connections", Set.of("process")),
            Map.entry("/volumes", union(LIFECYCLE, Set.of("volume_type", "state"))),
            Map.entry("/images", union(LIFECYCLE, Set.of("plataform", "state"))),
            Map.entry("/snapshots", union(LIFECYCLE, Set.of("state"))),
            Map.entry("/network", union(LIFECYCLE, Set.of("vpc_id", "cidr_block", "state"))),
            Map.entry("/flavors", LIFECYCLE),
            Map.entry("/events", Set.of()),
            Map.entry("/scheduler", Set.of("source", "last_run_at", "next_run_at", "last_run_status", "msg")),
            Map.entry("/graphs", Set.of("type", "msg", "spublic")),
            Map.entry("/projects", Set.of()));

    /** What our single views show beyond 0.6's: the lifecycle, and fields 0.6's views left out though it stored them. */
    private static final Map<String, Set<String>> SINGLE_ADDITIONS = Map.ofEntries(
            Map.entry("/servers", union(LIFECYCLE, Set.of("name", "network_interface",
                    "service_mgr", "pkg_mgr", "ebs_optimized", "devices", "env_vars", "dns", "network_lo", "ipv4_all",
                    "ipv6_all"))),
            Map.entry("/applications", union(LIFECYCLE, Set.of("targets", "checksum"))),
            Map.entry("/system", Set.of()),
            Map.entry("/clients", Set.of()),
            Map.entry("/datacenters", Set.of("reports")),
            Map.entry("/connections", Set.of("method")),
            Map.entry("/volumes", union(LIFECYCLE, Set.of("state", "volume_id", "sectors", "sectorsize",
                    "support_discard", "model", "host", "holders", "checksum"))),
            Map.entry("/images", union(LIFECYCLE, Set.of("state", "datacenters", "checksum"))),
            Map.entry("/snapshots", union(LIFECYCLE, Set.of("state", "checksum", "owner"))),
            Map.entry("/network", union(LIFECYCLE, Set.of("state", "ipv6_cidr_block", "availability_zone_id",
                    "subnet_arn", "ip_permissions_egress", "vpc_attachments", "amazon_side_asn",
                    "network_interface_ids", "dns_entries", "creation_timestamp", "requester_id", "association",
                    "create_time", "failure_code", "failure_message", "network_acl_id", "location", "resource_group",
                    "provisioning_state", "ip_address", "public_ip_allocation_method", "public_ip_address_version",
                    "idle_timeout_in_minutes", "ip_configuration", "dns_settings", "sku", "droplet_ids", "router_id",
                    "admin_state_up", "port_security_enabled", "device_id", "device_owner", "security_groups",
                    "gateway_ip", "ip_version", "enable_dhcp", "dns_nameservers", "host_routes", "shared", "external",
                    "checksum"))),
            Map.entry("/flavors", union(LIFECYCLE, Set.of("checksum", "owner"))),
            Map.entry("/events", Set.of("active")),
            Map.entry("/scheduler", Set.of("source", "last_run_at", "next_run_at", "last_run_status", "timer")),
            Map.entry("/graphs", Set.of("msg", "filters", "active")),
            Map.entry("/projects", Set.of("active")));

    /** 0.6's fields we do not show, and why (compatibility.md). */
    private static final Map<String, Set<String>> OMISSIONS = Map.of(
            // one misspelt entry of 0.6's list naming two fields, which are shown
            "/network", Set.of("network_interface_ids, dns_entries"),
            // compatibility.md S31
            "/connections", Set.of("auth_api", "translate_api"));

    /** Fields 0.6 stored on a write that a client cannot write here (compatibility.md). */
    private static final Map<String, Set<String>> NOT_WRITABLE = Map.of(
            "/network", Set.of("network_interface_ids, dns_entries"),
            // S31; the rest is kept by server-app and discovery (connections.md)
            "/connections", Set.of("auth_api", "translate_api", "owner_user", "process"),
            // H15: written by services through data-app
            "/events", Set.of("description"));

    /** What every record carries that server-app keeps itself. */
    private static final Set<String> MANAGED = Set.of("_id", "created_at", "updated_at", "roles", "owner", "active");

    @Test
    void listsAndSingleViewsAreThoseOfMaestro06WithTheDocumentedAdditions() {
        Map<String, String> differences = new LinkedHashMap<>();
        for (InventoryEntity entity : Inventory.all()) {
            Projection maestro06 = Maestro06Projections.BY_ROUTE.get(entity.route());
            if (maestro06 == null) {
                continue;
            }
            compare(entity.route() + " list", entity.listFields(), maestro06.list(), LIST_ADDITIONS.get(entity.route()),
                    OMISSIONS.getOrDefault(entity.route(), Set.of()), differences);
            compare(entity.route() + " single", entity.singleFields(), maestro06.single(),
                    SINGLE_ADDITIONS.get(entity.route()), OMISSIONS.getOrDefault(entity.route(), Set.of()),
                    differences);
        }
        assertThat(differences).isEmpty();
        assertThat(Maestro06Projections.BY_ROUTE.keySet()).hasSize(Inventory.all().size() - 1);
        // 0.6.1's report entity could not be read: ours are pinned as they are
        assertThat(Inventory.REPORTS.listFields()).containsExactly("_id", "name", "report", "component", "status", "msg",
                "created_at", "updated_at");
        assertThat(Inventory.REPORTS.singleFields()).containsExactlyInAnyOrder("_id", "name", "report", "component",
                "status", "msg", "created_at", "updated_at", "columns", "aggr", "filters", "roles", "owner", "active");
    }

    @Test
    void everyFieldMaestro06StoredIsKeptOnCreateReplaceAndPatch() {
        Map<String, Set<String>> dropped = new LinkedHashMap<>();
        for (InventoryEntity entity : Inventory.all()) {
            Projection maestro06 = Maestro06Projections.BY_ROUTE.get(entity.route());
            if (maestro06 == null) {
                continue;
            }
            Set<String> fields = new TreeSet<>();
            maestro06.filled().stream().map(InventoryProjectionsTest::topLevel)
                    .filter(field -> !MANAGED.contains(field))
                    .filter(field -> !NOT_WRITABLE.getOrDefault(entity.route(), Set.of()).contains(field))
                    .forEach(fields::add);
            Set<String> lost = new TreeSet<>(fields);
            lost.removeAll(entity.schema().fieldNames());
            // a body with a valid value for each of them keeps them all, on PATCH and on POST/PUT
            Map<String, Object> complete = entity.schema().bodySchema(Mode.COMPLETE);
            List<?> required = (List<?>) complete.getOrDefault("required", List.of());
            Map<String, Object> body = new LinkedHashMap<>();
            ((Map<?, ?>) complete.get("properties")).forEach((name, property) -> {
                if (fields.contains(name) || required.contains(name)) {
                    body.put((String) name, sample((Map<?, ?>) property));
                }
            });
            for (Mode mode : Mode.values()) {
                Document kept = entity.schema().validateBody(body, mode);
                lost.addAll(missing(fields.stream().filter(entity.schema().fieldNames()::contains).toList(), kept.keySet()));
            }
            if (!lost.isEmpty()) {
                dropped.put(entity.route(), lost);
            }
        }
        assertThat(dropped).isEmpty();
    }

    /** A value the field accepts, from its JSON Schema. */
    private static Object sample(Map<?, ?> schema) {
        if (schema.get("enum") instanceof List<?> values) {
            return values.get(0);
        }
        if (schema.get("anyOf") instanceof List<?> options) {
            return sample((Map<?, ?>) options.get(0));
        }
        Object type = schema.get("type");
        if ("number".equals(type) || "integer".equals(type)) {
            return schema.get("minimum") instanceof Number minimum ? minimum : 1;
        }
        if ("boolean".equals(type)) {
            return true;
        }
        if ("array".equals(type)) {
            return List.of();
        }
        if ("object".equals(type)) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.get("required") instanceof List<?> required
                    && schema.get("properties") instanceof Map<?, ?> properties) {
                required.forEach(name -> object.put((String) name, sample((Map<?, ?>) properties.get(name))));
            }
            return object;
        }
        return switch (String.valueOf(schema.get("format"))) {
            case "ip" -> "10.0.0.1";
            case "email" -> "someone@example.com";
            case "uri" -> "https://example.com";
            default -> "x".repeat(schema.get("minLength") instanceof Integer minimum ? Math.max(minimum, 3) : 3);
        };
    }

    private static Set<String> missing(Collection<String> wanted, Collection<String> kept) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(kept);
        return missing;
    }

    private static void compare(String what, List<String> ours, List<String> maestro06, Set<String> additions,
            Set<String> omissions, Map<String, String> differences) {
        Set<String> oursSet = Set.copyOf(ours);
        Set<String> theirs = Set.copyOf(maestro06);
        Set<String> notShown = new TreeSet<>();
        maestro06.stream().filter(field -> !shown(field, oursSet) && !omissions.contains(field)).forEach(notShown::add);
        Set<String> added = new TreeSet<>();
        ours.stream().filter(field -> !shown(field, theirs)).forEach(added::add);
        if (!notShown.isEmpty() || !added.equals(new TreeSet<>(additions))) {
            differences.put(what, "0.6's not shown " + notShown + ", added " + added + ", documented "
                    + new TreeSet<>(additions));
        }
    }

    /** A field is shown when it is projected, or its whole top-level field is ({@code clients} shows {@code clients._id}). */
    private static boolean shown(String field, Set<String> projected) {
        return projected.contains(field) || projected.contains(topLevel(field));
    }

    private static String topLevel(String field) {
        return field.split("\\.")[0];
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new TreeSet<>(first);
        union.addAll(second);
        return union;
    }
}
