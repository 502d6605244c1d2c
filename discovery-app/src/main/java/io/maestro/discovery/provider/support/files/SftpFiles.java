package io.maestro.discovery.provider.support.files;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ssh_<provider>}: the file at {@code path} on an SSH host, or every file under that directory the provider
 * wants (e.g. {@code *.json}), read over SFTP (Apache MINA SSHD).
 * Credentials: {@code host}, {@code port} (22), {@code user}, {@code path}, and a private {@code key} (OpenSSH or PEM)
 * or a {@code password}. As 0.6 did, the host's key is accepted without a known-hosts check.
 */
@Component
public class SftpFiles implements FileSource, DisposableBean {

    private final SshClient client;
    private final Duration timeout;

    public SftpFiles(@Value("${maestro.timeout:10000}") long timeoutMillis) {
        this.timeout = Duration.ofMillis(timeoutMillis);
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @Override
    public String kind() {
        return "ssh";
    }

    @Override
    public Listing read(SyncConnection connection, int index, Predicate<String> wanted) {
        String host = FileCredentials.required(connection, "host");
        String user = FileCredentials.required(connection, "user");
        String root = FileCredentials.required(connection, "path");
        int port = port(connection.credential("port"));
        try (ClientSession session = client.connect(user, host, port).verify(timeout).getClientSession()) {
            authenticate(session, connection);
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                List<String> files = new ArrayList<>();
                collect(sftp, root, wanted, files);
                files.sort(null);
                if (index >= files.size()) {
                    return new Listing(files, null, null);
                }
                String name = files.get(index);
                try (InputStream in = sftp.read(name)) {
                    return new Listing(files, name, in.readAllBytes());
                } catch (IOException unreadable) {
                    throw new ProviderException(name + ": cannot be read over SFTP (" + unreadable.getMessage() + ")");
                }
            }
        } catch (IOException failed) {
            throw new ProviderException("SSH " + user + "@" + host + ":" + port + ": " + failed.getMessage());
        }
    }

    private void authenticate(ClientSession session, SyncConnection connection) throws IOException {
        String key = connection.credential("key");
        String password = connection.credential("password");
        if (key != null && !key.isBlank()) {
            try {
                Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(session, NamedResource.ofName("key"),
                        new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8)), FilePasswordProvider.EMPTY);
                if (keys != null) {
                    keys.forEach(session::addPublicKeyIdentity);
                }
            } catch (GeneralSecurityException | IOException unreadable) {
                throw new ProviderException("The connection's SSH private key cannot be read");
            }
        }
        if (password != null && !password.isEmpty()) {
            session.addPasswordIdentity(password);
        }
        if ((key == null || key.isBlank()) && (password == null || password.isEmpty())) {
            throw new ProviderException("The connection has neither an SSH key nor a password");
        }
        session.auth().verify(timeout);
    }

    /** Every wanted regular file under {@code path}, or {@code path} itself when it is a file. */
    private static void collect(SftpClient sftp, String path, Predicate<String> wanted, List<String> files)
            throws IOException {
        SftpClient.Attributes attributes = sftp.stat(path);
        if (attributes.isRegularFile()) {
            files.add(path);
            return;
        }
        if (!attributes.isDirectory()) {
            return;
        }
        String base = path.endsWith("/") ? path : path + "/";
        for (SftpClient.DirEntry entry : sftp.readDir(path)) {
            String name = entry.getFilename();
            if (".".equals(name) || "..".equals(name)) {
                continue;
            }
            if (entry.getAttributes().isDirectory()) {
                collect(sftp, base + name, wanted, files);
            } else if (entry.getAttributes().isRegularFile() && wanted.test(base + name)) {
                files.add(base + name);
            }
        }
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return 22;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ProviderException("The connection's port is not a number: " + value);
        }
    }

    @Override
    public void destroy() throws IOException {
        client.close();
    }
}
