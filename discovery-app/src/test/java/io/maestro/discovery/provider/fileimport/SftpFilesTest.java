package io.maestro.discovery.provider.fileimport;

import io.maestro.discovery.provider.support.files.SftpFiles;
import io.maestro.discovery.provider.support.files.FileSource;
import io.maestro.discovery.provider.support.files.FileSources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ssh_file} against an in-process SSH server with SFTP: key or password, every {@code *.json} under the path. */
class SftpFilesTest {

    private static final String PASSWORD = "sftp-Password-1";

    @TempDir
    static Path home;

    private static SshServer server;
    private static KeyPair userKey;
    private static final SftpFiles SFTP = new SftpFiles(10_000);

    @BeforeAll
    static void startServer() throws Exception {
        Files.createDirectories(home.resolve("imports/nested"));
        Files.writeString(home.resolve("imports/a-servers.json"), FileImportFixtures.SERVERS_FILE);
        Files.writeString(home.resolve("imports/nested/b-more.json"),
                "{\"servers\": [{\"name\": \"web-2\", \"ipv4_private\": \"10.0.0.3\"}]}");
        Files.writeString(home.resolve("imports/nested/c-broken.json"), "{\"servers\": [");
        Files.writeString(home.resolve("imports/readme.txt"), "not a template");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        userKey = generator.generateKeyPair();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        server.setPasswordAuthenticator((user, password, session) -> "importer".equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator((user, key, session) -> "importer".equals(user)
                && KeyUtils.compareKeys(key, userKey.getPublic()));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(home));
        server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop(true);
        SFTP.destroy();
    }

    private static String privateKeyText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "importer", null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> credentials(String secretField, String secret) {
        return Map.of("host", "127.0.0.1", "port", String.valueOf(server.getPort()), "user", "importer",
                "path", "/imports", secretField, secret);
    }

    private static FileImportCommand servers() {
        return new FileImportCommand(ImportSection.SERVERS, new FileSources(List.of(SFTP)));
    }

    @Test
    void withAKeyEveryJsonFileUnderThePathIsReadInNameOrder() throws Exception {
        var connection = FileImportFixtures.connection("ssh_file", credentials("key", privateKeyText()));

        FileSource.Listing first = SFTP.read(connection, 0, name -> name.endsWith(".json"));
        FetchedPage page = servers().get(connection, "all", null);

        assertThat(first.files()).containsExactly("/imports/a-servers.json", "/imports/nested/b-more.json",
                "/imports/nested/c-broken.json");
        assertThat(page.items()).extracting(item -> item.get("ipv4_private")).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(page.nextToken()).isEqualTo("1");
        assertThat(servers().get(connection, "all", "1").items()).extracting(item -> item.get("name"))
                .containsExactly("web-2");
    }

    @Test
    void withAPasswordTheSameFilesAreRead() {
        var connection = FileImportFixtures.connection("ssh_file", credentials("password", PASSWORD));

        assertThat(servers().get(connection, "all", null).items()).hasSize(2);
    }

    @Test
    void aFileThatIsNotJsonIsReportedByNameAndTheListingGoesOn() {
        var connection = FileImportFixtures.connection("ssh_file", credentials("password", PASSWORD));

        FetchedPage broken = servers().get(connection, "all", "2");

        assertThat(broken.items()).isEmpty();
        assertThat(broken.unreadable()).containsExactly("/imports/nested/c-broken.json: not valid JSON");
    }

    @Test
    void aWrongPasswordIsAProviderFailureThatDoesNotShowIt() {
        var connection = FileImportFixtures.connection("ssh_file", credentials("password", "wrong-Secret-9"));

        assertThatThrownBy(() -> servers().get(connection, "all", null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("SSH importer@127.0.0.1:" + server.getPort())
                .message().doesNotContain("wrong-Secret-9");
    }
}
