package io.maestro.discovery.provider.terraform;

import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The recorded states: {@code prod.tfstate} (modules, count, for_each, sensitive values, unmapped types) and a v3 one. */
public final class TerraformFixtures {

    static final String CONNECTION_ID = "64d000000000000000000001";
    /** Every secret the recorded state holds; none may reach an item, a record or a log line. */
    static final List<String> SECRETS = List.of("tf-Output-Secret-88", "tf-UserData-Secret-11",
            "tf-Db-Password-Secret-55", "tf-Azure-Password-Secret-66", "tf-CustomData-Secret-22",
            "tf-Openstack-Pass-Secret-44", "tf-Random-Result-Secret-77", "orders_admin");

    private TerraformFixtures() {
    }

    public static byte[] file(String name) {
        try (InputStream in = TerraformFixtures.class.getResourceAsStream("/terraform/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SyncConnection connection(String service, Map<String, String> credentials) {
        return new SyncConnection(CONNECTION_ID, "prod state", "Terraform", service, "Cloud DC",
                "64d000000000000000000002", List.of(), null, null, Map.of("_id", "64d000000000000000000003"),
                List.of(), credentials);
    }

    static TranslationContext context() {
        return new TranslationContext(connection("upload_terraform", Map.of()), "all",
                Instant.parse("2026-12-06T10:00:00Z"), InventoryLookups.NONE);
    }

    static List<Map<String, Object>> prod() {
        return TerraformStateGet.resources("states/prod.tfstate", file("prod.tfstate"));
    }

    static Map<String, Object> resource(String address) {
        return prod().stream().filter(item -> address.equals(item.get("address"))).findFirst().orElseThrow();
    }
}
