package io.maestro.server.api.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One fixture per registered resource. */
final class ResourceFixtures {

    private ResourceFixtures() {
    }

    static List<ResourceFixture> all() {
        return List.of(servers(), projects(), teams());
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

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
