package io.maestro.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsFileTest {

    @TempDir
    Path data;

    @Test
    void generatesEverySecretOnceOwnerOnlyAndReusesThem() throws Exception {
        Path file = data.resolve("secrets.env");
        Map<String, String> first = SecretsFile.loadOrCreate(file);

        assertThat(first.keySet()).containsExactlyInAnyOrderElementsOf(SecretsFile.NAMES);
        assertThat(first.values()).allSatisfy(value -> assertThat(value).hasSizeGreaterThanOrEqualTo(64))
                .doesNotHaveDuplicates();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretsFile.loadOrCreate(file)).isEqualTo(first);
    }

    @Test
    void addsAMissingSecretAndKeepsTheOthers() throws Exception {
        Path file = data.resolve("secrets.env");
        Files.writeString(file, "# kept\nMAESTRO_SECRETJWT=chosen-by-the-admin\n");

        Map<String, String> secrets = SecretsFile.loadOrCreate(file);

        assertThat(secrets).containsEntry("MAESTRO_SECRETJWT", "chosen-by-the-admin").containsKeys("MAESTRO_NOAUTH");
        assertThat(SecretsFile.loadOrCreate(file)).isEqualTo(secrets);
    }
}
