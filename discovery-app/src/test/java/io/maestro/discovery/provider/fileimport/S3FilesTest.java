package io.maestro.discovery.provider.fileimport;

import io.maestro.discovery.provider.support.files.S3Files;
import io.maestro.discovery.provider.support.files.FileSources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.ProviderException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code s3_file} against an in-process S3Proxy: static keys, endpoint override, every {@code *.json} under the path. */
class S3FilesTest {

    private static final String ACCESS = "import-access";
    private static final String SECRET = "import-Secret-key-1";
    private static S3Proxy proxy;
    private static String endpoint;

    @BeforeAll
    static void startS3() throws Exception {
        proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET).build();
        proxy.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"STARTED".equals(proxy.getState()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        endpoint = "http://127.0.0.1:" + proxy.getPort();
        try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS, SECRET)))
                .build()) {
            s3.createBucket(request -> request.bucket("inventory"));
            s3.putObject(request -> request.bucket("inventory").key("exports/2026/servers.json"),
                    RequestBody.fromString(FileImportFixtures.SERVERS_FILE));
            s3.putObject(request -> request.bucket("inventory").key("exports/notes.txt"), RequestBody.fromString("x"));
            s3.putObject(request -> request.bucket("inventory").key("other/servers.json"), RequestBody.fromString("{}"));
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        proxy.stop();
    }

    private static FileImportCommand volumes() {
        return new FileImportCommand(ImportSection.VOLUMES, new FileSources(List.of(new S3Files())));
    }

    @Test
    void readsTheJsonObjectsUnderThePath() {
        var connection = FileImportFixtures.connection("s3_file", Map.of("bucket", "inventory", "path", "/exports",
                "access", ACCESS, "secret", SECRET, "url", endpoint));

        var page = volumes().get(connection, "all", null);

        assertThat(new S3Files().read(connection, 0, name -> name.endsWith(".json")).files()).containsExactly("exports/2026/servers.json");
        assertThat(page.items()).extracting(item -> item.get("name")).containsExactly("data-1");
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void wrongKeysAreAProviderFailureNamingTheBucketNotTheSecret() {
        var connection = FileImportFixtures.connection("s3_file", Map.of("bucket", "inventory", "path", "exports",
                "access", ACCESS, "secret", "wrong-Secret-2", "url", endpoint));

        assertThatThrownBy(() -> volumes().get(connection, "all", null))
                .isInstanceOf(ProviderException.class).hasMessageStartingWith("s3://inventory/exports: ")
                .message().doesNotContain("wrong-Secret-2");
    }
}
