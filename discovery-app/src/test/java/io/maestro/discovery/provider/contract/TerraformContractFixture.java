package io.maestro.discovery.provider.contract;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.terraform.TerraformFixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Terraform: the recorded {@code prod.tfstate} (modules, count, for_each, sensitive values, every mapped type) uploaded
 * and served by the contract test's recorded server-app; the refusal is an SSH host that is not there.
 */
final class TerraformContractFixture implements ProviderContractFixture {

    static final String SSH_PASSWORD = "s3cr3t-terraform-Pa55";

    private final WireMockServer serverApp;

    TerraformContractFixture(WireMockServer serverApp) {
        this.serverApp = serverApp;
    }

    @Override
    public String provider() {
        return "terraform";
    }

    @Override
    public Set<String> tasks() {
        return Set.of("server-list", "volumes-list", "storage-object-list", "dbs-list", "loadbalance-list");
    }

    /** The S3 source's {@code key} is the state's object key, the SSH source's its private key: one field name. */
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
                Map.of("users/u/states/prod.tfstate", TerraformFixtures.file("prod.tfstate")));
        Map<String, SyncConnection> runs = new LinkedHashMap<>();
        tasks().forEach(task -> runs.put(task,
                TerraformFixtures.connection("upload_terraform", Map.of("artifacts", artifacts))));
        return runs;
    }

    @Override
    public Map.Entry<String, SyncConnection> refusedRun() {
        return Map.entry("server-list", TerraformFixtures.connection("ssh_terraform",
                UploadedFilesRecording.closedSsh("/srv/states", SSH_PASSWORD)));
    }

    @Override
    public void close() {
        // the server-app recording belongs to the contract test, which stops it
    }
}
