package io.maestro.discovery.provider.contract;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.discovery.provider.SyncConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** File import: an uploaded template with every section; the refusal is an SFTP host that is not there. */
final class FileImportContractFixture extends UploadedFilesContractFixture {

    static final String SSH_PASSWORD = "s3cr3t-sftp-Pa55";

    private static final String TEMPLATE = """
            {"servers": [{"name": "web-1", "hostname": "web-1.local", "ipv4_private": "10.0.0.1", "cpu": 2,
                          "memory": 4, "unique_id": "srv-web-1", "tags": [{"key": "env", "value": "prod"}]}],
             "applications": [{"name": "billing-api", "family": "Application", "unique_id": "app-billing"}],
             "volumes": [{"name": "data-1", "size": 500, "unique_id": "vol-data-1"}],
             "snapshots": [{"name": "data-1-nightly", "volume_id": "vol-data-1", "volume_size": 500,
                            "unique_id": "snap-1"}],
             "images": [{"name": "ubuntu-24.04-golden", "unique_id": "img-1", "status": "available"}],
             "flavors": [{"name": "m1.small", "api_name": "m1.small", "vcpus": 1, "memory": 2}]}
            """;

    FileImportContractFixture(WireMockServer serverApp) {
        super(serverApp, "file", Set.of("server-import", "applications-import", "volumes-import", "snapshots-import",
                "images-import", "flavors-import"), "server-import", "/srv/inventory", SSH_PASSWORD,
                FileImportContractFixture::connection);
    }

    @Override
    Map<String, byte[]> uploads() {
        return Map.of("users/u/inventory.json", TEMPLATE.getBytes(StandardCharsets.UTF_8));
    }

    private static SyncConnection connection(String service, Map<String, String> credentials) {
        return new SyncConnection("64c000000000000000000001", "inventory files", "File", service, "Imports DC",
                "64c000000000000000000002", List.of(), null, null, Map.of("_id", "64c000000000000000000003"),
                List.of(), credentials);
    }
}
