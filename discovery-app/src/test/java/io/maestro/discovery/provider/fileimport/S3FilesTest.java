package io.maestro.discovery.provider.fileimport;

import io.maestro.discovery.provider.support.files.S3Files;
import io.maestro.discovery.provider.support.files.FileSources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.testsupport.InProcessS3;
import io.maestro.discovery.provider.ProviderException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/** {@code s3_file} against an in-process S3Proxy: static keys, endpoint override, every {@code *.json} under the path. */
class S3FilesTest {

    private static final String ACCESS = "import-access";
    private static final String SECRET = "import-Secret-key-1";
    private static InProcessS3 s3;
    private static String endpoint;

    @BeforeAll
    static void startS3() {
        s3 = InProcessS3.start(ACCESS, SECRET, "inventory");
        endpoint = s3.endpoint();
        s3.client().putObject(request -> request.bucket("inventory").key("exports/2026/servers.json"),
                RequestBody.fromString(FileImportFixtures.SERVERS_FILE));
        s3.client().putObject(request -> request.bucket("inventory").key("exports/notes.txt"), RequestBody.fromString("x"));
        s3.client().putObject(request -> request.bucket("inventory").key("other/servers.json"), RequestBody.fromString("{}"));
    }

    @AfterAll
    static void stopS3() {
        s3.close();
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
