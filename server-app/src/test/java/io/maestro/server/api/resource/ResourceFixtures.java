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
        return ResourceFixture.builder("/servers", "servers")
                .validCreate(tag -> body("name", "srv-" + tag, "hostname", "host-" + tag, "ipv4_private", "10.0.0.1",
                        "os", Map.of("base", "Linux " + tag, "dist", "Debian"), "role", "Application",
                        "tags", List.of(Map.of("key", "env", "value", tag))))
                .validPatch(body("cpu", 8, "memory", 16))
                .invalid(body("name", "srv-x", "ipv4_private", "999.1.1.1"), "ipv4_private")
                .requiredField("name")
                .filterField("hostname")
                .alias("os", "/os/base")
                .build();
    }

    static ResourceFixture projects() {
        return ResourceFixture.builder("/projects", "projects")
                .validCreate(tag -> body("name", "prj-" + tag))
                .validPatch(body("name", "prj-renamed"))
                .invalid(body("name", "ab"), "name")
                .requiredField("name")
                .filterField("name")
                .build();
    }

    static ResourceFixture teams() {
        return ResourceFixture.builder("/teams", "teams")
                .aclRoute("members")
                .noTeamMirror()
                .validCreate(tag -> body("name", "team-" + tag, "email", tag + "@teams.test",
                        "url", "https://" + tag + ".example"))
                .validPatch(body("avatar", "avatars/team.png"))
                .invalid(body("name", "team-x", "url", "ftp://files.example"), "url")
                .requiredField("name")
                .filterField("email")
                .build();
    }

    static ResourceFixture applications() {
        return ResourceFixture.builder("/applications", "applications")
                .validCreate(tag -> body("name", "app-" + tag, "family", "Database", "description", "Orders " + tag,
                        "language", "Java", "provider", "AWS", "environment", "Production",
                        "datacenters", Map.of("name", "dc-" + tag, "region", "eu-west-1"),
                        "deps", List.of(Map.of("_id", "5c0c0a4f0f6e1a0001a1b2c3", "name", "cache"))))
                .validPatch(body("cluster", "Master/Slave", "crs_version", "19c"))
                .invalid(body("name", "app-x", "family", "Spreadsheet"), "family")
                .requiredField("name")
                .filterField("description")
                .alias("ldatacenters", "/datacenters/name")
                .build();
    }

    static ResourceFixture systems() {
        return ResourceFixture.builder("/system", "system")
                .validCreate(tag -> body("name", "sys-" + tag, "description", "Billing " + tag,
                        "clients", List.of(Map.of("name", "client-" + tag)),
                        "tags", List.of(Map.of("key", "unit", "value", tag))))
                .validPatch(body("description", "patched"))
                .invalid(body("name", "sys-x", "clients", List.of(Map.of("_id", "x"))), "clients")
                .requiredField("name")
                .filterField("description")
                .alias("lclients", "/clients/0/name")
                .build();
    }

    static ResourceFixture clients() {
        return ResourceFixture.builder("/clients", "clients")
                .validCreate(tag -> body("name", "cli-" + tag, "description", "Customer " + tag,
                        "contacts", List.of(Map.of("channel", "Email", "value", tag + "@client.test"))))
                .validPatch(body("description", "patched"))
                .invalid(body("name", "cli-x", "contacts", List.of(Map.of("channel", "x".repeat(251)))), "contacts")
                .requiredField("name")
                .filterField("description")
                .build();
    }

    static ResourceFixture datacenters() {
        return ResourceFixture.builder("/datacenters", "datacenters")
                .validCreate(tag -> body("name", "dc-" + tag, "provider", "AWS",
                        "regions", List.of("eu-west-1", "us-east-1"),
                        "zones", List.of("eu-west-1a")))
                .validPatch(body("sucessed", true))
                .invalid(body("name", "dc-x", "provider", "AWS", "regions", List.of("eu-west-1", "eu-west-1")),
                        "regions")
                .requiredField("provider")
                .filterField("name")
                .build();
    }

    static ResourceFixture volumes() {
        return ResourceFixture.builder("/volumes", "volume")
                .validCreate(tag -> body("name", "vol-" + tag, "size", 100,
                        "unique_id", "vol-" + tag + "-" + new ObjectId(),
                        "volume_type", "gp2", "state", "available"))
                .validPatch(body("iops", 3000))
                .invalid(body("name", "vol-x", "size", "big", "unique_id", "vol-x"), "size")
                .requiredField("unique_id")
                .filterField("unique_id")
                .build();
    }

    static ResourceFixture images() {
        return ResourceFixture.builder("/images", "images")
                .validCreate(tag -> body("name", "img-" + tag, "image_type", "machine", "plataform", "Linux",
                        "image_location", "amazon/images/" + tag, "state", "available"))
                .validPatch(body("state", "pending"))
                .invalid(body("name", "img-x", "plataform", "x".repeat(31)), "plataform")
                .requiredField("name")
                .filterField("image_location")
                .build();
    }

    static ResourceFixture snapshots() {
        return ResourceFixture.builder("/snapshots", "snapshots")
                .validCreate(tag -> body("name", "snap-" + tag, "volume_id", "vol-" + tag,
                        "size", 8, "state", "completed"))
                .validPatch(body("progress", "100%"))
                .invalid(body("name", "snap-x", "size", "huge"), "size")
                .requiredField("name")
                .filterField("volume_id")
                .build();
    }

    static ResourceFixture networks() {
        return ResourceFixture.builder("/network", "networks")
                .validCreate(tag -> body("name", "net-" + tag, "family", "Vpc",
                        "cidr_block", "10.0.0.0/16", "vpc_id", "vpc-" + tag))
                .validPatch(body("state", "available"))
                .invalid(body("name", "n"), "name")
                .requiredField("name")
                .filterField("vpc_id")
                .build();
    }

    static ResourceFixture flavors() {
        return ResourceFixture.builder("/flavors", "flavors")
                .validCreate(tag -> body("name", "flv-" + tag, "api_name", "api-" + tag, "provider", "OpenStack"))
                .validPatch(body("datacenters", Map.of("name", "dc-patched")))
                .invalid(body("name", "flv-x", "provider", "ab"), "provider")
                .requiredField("name")
                .filterField("api_name")
                .build();
    }

    static ResourceFixture events() {
        return ResourceFixture.builder("/events", "events")
                .validCreate(tag -> body("msg", "Event " + tag + " happened",
                        "context", "ctx-" + tag, "status", "info"))
                .validPatch(body("status", "warning"))
                .invalid(body("msg", "ok", "context", "servers"), "msg")
                .requiredField("context")
                .filterField("context")
                .labelField("msg")
                .build();
    }

    static ResourceFixture schedulers() {
        return ResourceFixture.builder("/scheduler", "scheduler")
                .validCreate(tag -> body("name", "job-" + tag, "endpoint", "http://hooks.example/" + tag,
                        "method", "POST",
                        "period_type", "interval", "interval", Map.of("every", 10, "period", "minutes")))
                .validPatch(body("source", "report"))
                .invalid(body("name", "job-x", "endpoint", "http://hooks.example", "method", "FETCH"), "method")
                .requiredField("endpoint")
                .filterField("endpoint")
                .build();
    }

    static ResourceFixture graphs() {
        return ResourceFixture.builder("/graphs", "graphs")
                .validCreate(tag -> body("name", "graph-" + tag, "type", "bussiness", "tab", 1,
                        "systems", List.of(Map.of("_id", new ObjectId().toHexString(), "name", "sys-" + tag))))
                .validPatch(body("spublic", true))
                .invalid(body("name", "graph-x", "type", "network"), "type")
                .requiredField("type")
                .filterField("name")
                .alias("lsystem", "/systems/0/name")
                .build();
    }

    static ResourceFixture reports() {
        return ResourceFixture.builder("/reports", "reports")
                .validCreate(tag -> body("name", "report-" + tag, "report", "general", "component", "Servers",
                        "filters", List.of(Map.of("field", "active", "filter", "true", "comparer", "equal",
                                "typ", "boolean"))))
                .validPatch(body("name", "report-renamed"))
                .invalid(body("name", "report-x", "report", "chart"), "report")
                .requiredField("report")
                .filterField("name")
                .build();
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
