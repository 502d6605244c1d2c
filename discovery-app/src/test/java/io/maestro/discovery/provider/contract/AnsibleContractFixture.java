package io.maestro.discovery.provider.contract;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.ansible.AnsibleFixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Ansible: the recorded facts files (Debian fact cache, RHEL setup output, Windows hosts keyed by name) uploaded and
 * served by the contract test's recorded server-app; the refusal is an SSH host that is not there.
 */
final class AnsibleContractFixture implements ProviderContractFixture {

    static final String SSH_PASSWORD = "s3cr3t-ansible-Pa55";

    private final WireMockServer serverApp;

    AnsibleContractFixture(WireMockServer serverApp) {
        this.serverApp = serverApp;
    }

    @Override
    public String provider() {
        return "ansible";
    }

    @Override
    public Set<String> tasks() {
        return Set.of("server-list", "volumes-list");
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
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        for (String file : new String[] {"web-1", "db-1.json", "windows-hosts.json"}) {
            uploads.put("users/u/facts/" + file, AnsibleFixtures.file(file));
        }
        String artifacts = UploadedFilesRecording.serve(serverApp, uploads);
        Map<String, SyncConnection> runs = new LinkedHashMap<>();
        tasks().forEach(task -> runs.put(task,
                AnsibleFixtures.connection("upload_ansible", Map.of("artifacts", artifacts))));
        return runs;
    }

    @Override
    public Map.Entry<String, SyncConnection> refusedRun() {
        return Map.entry("server-list", AnsibleFixtures.connection("ssh_ansible",
                UploadedFilesRecording.closedSsh("/srv/facts", SSH_PASSWORD)));
    }

    @Override
    public void close() {
        // the server-app recording belongs to the contract test, which stops it
    }
}
