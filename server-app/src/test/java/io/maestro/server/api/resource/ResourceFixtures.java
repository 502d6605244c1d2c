package io.maestro.server.api.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/** One fixture per registered resource. */
final class ResourceFixtures {

    private ResourceFixtures() {
    }

    static List<ResourceFixture> all() {
        return List.of(servers(), projects(), teams(), applications(), systems(), clients(), datacenters(), volumes(),
                images(), snapshots(), networks(), flavors(), events(), schedulers(), graphs(), reports());
    }

    static ResourceFixture servers() {
        return new ResourceFixture("/servers", "servers", "roles", true,
                tag -> body("name", "srv-" + tag, "hostname", "host-" + tag, "ipv4_private", "10.0.0.1",
                        "os", Map.of("base", "Linux " + tag, "dist", "Debian"), "role", "Application",
                        "tags", List.of(Map.of("key", "env", "value", tag))),
                body("cpu", 8, "memory", 16),
                body("name", "srv-x", "ipv4_private", "999.1.1.1"), "ipv4_private",
                "name", "hostname", "os", "/os/base");
    }

    static ResourceFixture projects() {
        return new ResourceFixture("/projects", "projects", "roles", true,
                tag -> body("name", "prj-" + tag),
                body("name", "prj-renamed"),
                body("name", "ab"), "name",
                "name", "name", null, null);
    }

    static ResourceFixture teams() {
        return new ResourceFixture("/teams", "teams", "members", false,
                tag -> body("name", "team-" + tag, "email", tag + "@teams.test", "url", "https://" + tag + ".example"),
                body("avatar", "avatars/team.png"),
                body("name", "team-x", "url", "ftp://files.example"), "url",
                "name", "email", null, null);
    }

    static ResourceFixture applications() {
        return new ResourceFixture("/applications", "applications", "roles", true,
                tag -> body("name", "app-" + tag, "family", "Database", "description", "Orders " + tag,
                        "language", "Java", "provider", "AWS", "environment", "Production",
                        "datacenters", Map.of("name", "dc-" + tag, "region", "eu-west-1"),
                        "deps", List.of(Map.of("_id", "5c0c0a4f0f6e1a0001a1b2c3", "name", "cache"))),
                body("cluster", "Master/Slave", "crs_version", "19c"),
                body("name", "app-x", "family", "Spreadsheet"), "family",
                "name", "description", "ldatacenters", "/datacenters/name");
    }

    static ResourceFixture systems() {
        return new ResourceFixture("/system", "system", "roles", true,
                tag -> body("name", "sys-" + tag, "description", "Billing " + tag,
                        "clients", List.of(Map.of("name", "client-" + tag)),
                        "tags", List.of(Map.of("key", "unit", "value", tag))),
                body("description", "patched"),
                body("name", "sys-x", "clients", List.of(Map.of("_id", "x"))), "clients",
                "name", "description", "lclients", "/clients/0/name");
    }

    static ResourceFixture clients() {
        return new ResourceFixture("/clients", "clients", "roles", true,
                tag -> body("name", "cli-" + tag, "description", "Customer " + tag,
                        "contacts", List.of(Map.of("channel", "Email", "value", tag + "@client.test"))),
                body("description", "patched"),
                body("name", "cli-x", "contacts", List.of(Map.of("channel", "x".repeat(251)))), "contacts",
                "name", "description", null, null);
    }

    static ResourceFixture datacenters() {
        return new ResourceFixture("/datacenters", "datacenters", "roles", true,
                tag -> body("name", "dc-" + tag, "provider", "AWS", "regions", List.of("eu-west-1", "us-east-1"),
                        "zones", List.of("eu-west-1a")),
                body("sucessed", true),
                body("name", "dc-x", "provider", "AWS", "regions", List.of("eu-west-1", "eu-west-1")), "regions",
                "provider", "name", null, null);
    }

    static ResourceFixture volumes() {
        return new ResourceFixture("/volumes", "volume", "roles", true,
                tag -> body("name", "vol-" + tag, "size", 100, "unique_id", "vol-" + tag + "-" + new ObjectId(),
                        "volume_type", "gp2", "state", "available"),
                body("iops", 3000),
                body("name", "vol-x", "size", "big", "unique_id", "vol-x"), "size",
                "unique_id", "unique_id", null, null);
    }

    static ResourceFixture images() {
        return new ResourceFixture("/images", "images", "roles", true,
                tag -> body("name", "img-" + tag, "image_type", "machine", "plataform", "Linux",
                        "image_location", "amazon/images/" + tag, "state", "available"),
                body("state", "pending"),
                body("name", "img-x", "plataform", "x".repeat(31)), "plataform",
                "name", "image_location", null, null);
    }

    static ResourceFixture snapshots() {
        return new ResourceFixture("/snapshots", "snapshots", "roles", true,
                tag -> body("name", "snap-" + tag, "volume_id", "vol-" + tag, "size", 8, "state", "completed"),
                body("progress", "100%"),
                body("name", "snap-x", "size", "huge"), "size",
                "name", "volume_id", null, null);
    }

    static ResourceFixture networks() {
        return new ResourceFixture("/network", "networks", "roles", true,
                tag -> body("name", "net-" + tag, "family", "Vpc", "cidr_block", "10.0.0.0/16", "vpc_id", "vpc-" + tag),
                body("state", "available"),
                body("name", "n"), "name",
                "name", "vpc_id", null, null);
    }

    static ResourceFixture flavors() {
        return new ResourceFixture("/flavors", "flavors", "roles", true,
                tag -> body("name", "flv-" + tag, "api_name", "api-" + tag, "provider", "OpenStack"),
                body("datacenters", Map.of("name", "dc-patched")),
                body("name", "flv-x", "provider", "ab"), "provider",
                "name", "api_name", null, null);
    }

    static ResourceFixture events() {
        return new ResourceFixture("/events", "events", "roles", true,
                tag -> body("msg", "Event " + tag + " happened", "context", "ctx-" + tag, "status", "info"),
                body("status", "warning"),
                body("msg", "ok", "context", "servers"), "msg",
                "context", "context", null, null, "msg");
    }

    static ResourceFixture schedulers() {
        return new ResourceFixture("/scheduler", "scheduler", "roles", true,
                tag -> body("name", "job-" + tag, "endpoint", "http://hooks.example/" + tag, "method", "POST",
                        "period_type", "interval", "interval", Map.of("every", 10, "period", "minutes")),
                body("source", "report"),
                body("name", "job-x", "endpoint", "http://hooks.example", "method", "FETCH"), "method",
                "endpoint", "endpoint", null, null);
    }

    static ResourceFixture graphs() {
        return new ResourceFixture("/graphs", "graphs", "roles", true,
                tag -> body("name", "graph-" + tag, "type", "infra", "tab", 1,
                        "systems", List.of(Map.of("_id", new ObjectId().toHexString(), "name", "sys-" + tag))),
                body("spublic", true),
                body("name", "graph-x", "type", "network"), "type",
                "type", "name", "lsystem", "/systems/0/name");
    }

    static ResourceFixture reports() {
        return new ResourceFixture("/reports", "reports", "roles", true,
                tag -> body("name", "report-" + tag, "report", "general", "component", "Servers",
                        "filters", List.of(Map.of("field", "active", "filter", "true", "comparer", "equal", "typ", "boolean"))),
                body("msg", "done"),
                body("name", "report-x", "report", "chart"), "report",
                "report", "name", null, null);
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
