package io.maestro.discovery.provider.contract;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.discovery.provider.SyncConnection;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * File import: an uploaded template with every section, served by a recorded server-app (the contract test's
 * {@code maestro.peers.server}); the refusal is an SFTP host that is not there.
 */
final class FileImportContractFixture implements ProviderContractFixture {

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

    private final WireMockServer serverApp;

    FileImportContractFixture(WireMockServer serverApp) {
        this.serverApp = serverApp;
    }

    @Override
    public String provider() {
        return "file";
    }

    @Override
    public Set<String> tasks() {
        return Set.of("server-import", "applications-import", "volumes-import", "snapshots-import", "images-import",
                "flavors-import");
    }

    @Override
    public Set<String> credentialKeys() {
        return Set.of("artifacts", "host", "port", "user", "path", "key", "password", "bucket", "access", "secret",
                "region", "url");
    }

    @Override
    public Set<String> maskedKeys() {
        return Set.of("password", "secret");
    }

    @Override
    public Map<String, SyncConnection> recordedRuns() {
        String artifacts = UploadedFilesRecording.serve(serverApp,
                Map.of("users/u/inventory.json", TEMPLATE.getBytes(StandardCharsets.UTF_8)));
        Map<String, SyncConnection> runs = new LinkedHashMap<>();
        tasks().forEach(task -> runs.put(task, connection("upload_file", Map.of("artifacts", artifacts))));
        return runs;
    }

    @Override
    public Map.Entry<String, SyncConnection> refusedRun() {
        return Map.entry("server-import",
                connection("ssh_file", UploadedFilesRecording.closedSsh("/srv/inventory", SSH_PASSWORD)));
    }

    private static SyncConnection connection(String service, Map<String, String> credentials) {
        return new SyncConnection("64c000000000000000000001", "inventory files", "File", service, "Imports DC",
                "64c000000000000000000002", List.of(), null, null, Map.of("_id", "64c000000000000000000003"),
                List.of(), credentials);
    }

    @Override
    public void close() {
        // the server-app recording belongs to the contract test, which stops it
    }
}
