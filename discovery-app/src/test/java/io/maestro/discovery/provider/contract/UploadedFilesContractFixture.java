package io.maestro.discovery.provider.contract;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.discovery.provider.SyncConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A provider of files (file import, Ansible facts, Terraform states): its recorded files uploaded and served by the
 * contract test's recorded server-app to an {@code upload_<provider>} connection for every task; the refusal is an
 * {@code ssh_<provider>} connection to an SSH host that is not there, its password masked.
 */
abstract class UploadedFilesContractFixture implements ProviderContractFixture {

    private final WireMockServer serverApp;
    private final String provider;
    private final Set<String> tasks;
    private final String refusedTask;
    private final String sshPath;
    private final String sshPassword;
    private final BiFunction<String, Map<String, String>, SyncConnection> connections;

    /**
     * @param connections the provider's connection of a service ({@code upload_…}, {@code ssh_…}) with credentials
     */
    UploadedFilesContractFixture(WireMockServer serverApp, String provider, Set<String> tasks, String refusedTask,
            String sshPath, String sshPassword, BiFunction<String, Map<String, String>, SyncConnection> connections) {
        this.serverApp = serverApp;
        this.provider = provider;
        this.tasks = tasks;
        this.refusedTask = refusedTask;
        this.sshPath = sshPath;
        this.sshPassword = sshPassword;
        this.connections = connections;
    }

    /** The recorded files, by their uploaded name. */
    abstract Map<String, byte[]> uploads();

    @Override
    public final String provider() {
        return provider;
    }

    @Override
    public final Set<String> tasks() {
        return tasks;
    }

    /** The S3 source's {@code key} is the file's object key, the SSH source's its private key: one field name. */
    @Override
    public final Set<String> credentialKeys() {
        return Set.of("artifacts", "host", "port", "user", "path", "key", "password", "bucket", "access", "secret",
                "region", "url");
    }

    @Override
    public final Set<String> maskedKeys() {
        return Set.of("password", "secret");
    }

    @Override
    public final Map<String, SyncConnection> recordedRuns() {
        String artifacts = UploadedFilesRecording.serve(serverApp, uploads());
        Map<String, SyncConnection> runs = new LinkedHashMap<>();
        tasks.forEach(task -> runs.put(task,
                connections.apply("upload_" + provider, Map.of("artifacts", artifacts))));
        return runs;
    }

    @Override
    public final Map.Entry<String, SyncConnection> refusedRun() {
        return Map.entry(refusedTask, connections.apply("ssh_" + provider,
                UploadedFilesRecording.closedSsh(sshPath, sshPassword)));
    }

    @Override
    public final void close() {
        // the server-app recording belongs to the contract test, which stops it
    }
}
