package io.maestro.common.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.web.ProcessException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The uploads store as 0.6's variables set it, and the local directory's guarantees. */
class UploadStoresTest {

    @TempDir
    Path tmp;

    private static UploadStoreProperties settings(String type, String root, String privateBucket) {
        return new UploadStoreProperties(type, root, "/public/static", null,
                new UploadStoreProperties.S3(null, null, null, privateBucket, "http://127.0.0.1:9", "us-east-1"));
    }

    @Test
    void localAreasAreDirectoriesUnderMaestroTmpAsIn06() {
        try (UploadStores stores = UploadStores.open(settings(null, tmp.toString(), null))) {
            assertThat(stores.publicArea()).isInstanceOfSatisfying(LocalUploadStore.class,
                    local -> assertThat(local.root()).isEqualTo(tmp.resolve("public/static")));
            assertThat(stores.privateArea()).isInstanceOfSatisfying(LocalUploadStore.class,
                    local -> assertThat(local.root()).isEqualTo(tmp.resolve("_private")));
        }
    }

    @Test
    void aLocalFileIsReplacedWholeAndNoKeyLeavesTheDirectory() throws Exception {
        LocalUploadStore area = new LocalUploadStore(tmp.resolve("area"));

        area.write("graphs/a/a.svg", "image/svg+xml", "old".getBytes(StandardCharsets.UTF_8));
        area.write("graphs/a/a.svg", "image/svg+xml", "new".getBytes(StandardCharsets.UTF_8));

        assertThat(area.read("graphs/a/a.svg")).hasValueSatisfying(content ->
                assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("new"));
        try (var left = Files.list(tmp.resolve("area/graphs/a"))) {
            assertThat(left).as("no partial file left behind").containsExactly(tmp.resolve("area/graphs/a/a.svg"));
        }
        assertThat(area.read("graphs/b/b.svg")).isEmpty();
        assertThat(area.presignedPut("graphs/a/a.svg", "image/svg+xml", Duration.ofSeconds(60))).isEmpty();
        assertThat(area.directUrl("graphs/a/a.svg")).isEmpty();
        assertThatThrownBy(() -> area.read("../outside.txt")).isInstanceOf(ProcessException.class);
        assertThatThrownBy(() -> area.write("/etc/passwd", "text/plain", new byte[1]))
                .isInstanceOf(ProcessException.class);
    }

    @Test
    void s3NeedsTheBucketOfTheAreaAServiceUses() {
        try (UploadStores stores = UploadStores.open(settings("S3", tmp.toString(), "maps"))) {
            assertThat(stores.privateArea()).isInstanceOfSatisfying(S3UploadStore.class,
                    bucket -> assertThat(bucket.bucket()).isEqualTo("maps"));
            assertThat(stores.describe(stores.privateArea())).isEqualTo("S3 bucket maps at http://127.0.0.1:9");
            assertThatThrownBy(stores::publicArea).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("AWS_S3_BUCKET_NAME");
        }
    }

    @Test
    void anotherTypeIsRefusedAtStart() {
        assertThatThrownBy(() -> UploadStores.open(settings("GridFS", tmp.toString(), null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Local or S3");
    }
}
