package io.maestro.discovery.provider.ansible;

import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The recorded facts files (Debian fact cache, RHEL setup output, Windows hosts keyed by name) and a connection. */
public final class AnsibleFixtures {

    static final String CONNECTION_ID = "64c000000000000000000001";
    public static final List<String> FILES = List.of("web-1", "db-1.json", "windows-hosts.json", "broken.json");

    private AnsibleFixtures() {
    }

    public static byte[] file(String name) {
        try (InputStream in = AnsibleFixtures.class.getResourceAsStream("/ansible/facts/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SyncConnection connection(String service, Map<String, String> credentials) {
        return new SyncConnection(CONNECTION_ID, "facts", "Ansible", service, "Lab DC", "64c000000000000000000002",
                List.of(), null, null, Map.of("_id", "64c000000000000000000003"), List.of(), credentials);
    }

    static TranslationContext context() {
        return new TranslationContext(connection("upload_ansible", Map.of()), "all",
                Instant.parse("2026-12-06T10:00:00Z"), InventoryLookups.NONE);
    }

    static Map<String, Object> host(String file) {
        return AnsibleFactsGet.hosts(file, file(file)).get(0);
    }
}
