package io.maestro.server.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.common.web.ProcessException;
import io.maestro.common.web.ValidatorException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoredNameTest {

    private static final String OWNER = "0123456789abcdef01234567";

    @Test
    void namesAreKebabCasedLikeLodash() {
        assertThat(StoredName.kebabName("name", "My Photo.png")).isEqualTo("my-photo-png");
        assertThat(StoredName.kebabName("name", "myPhoto")).isEqualTo("my-photo");
        assertThat(StoredName.kebabName("name", "__Terraform   state__")).isEqualTo("terraform-state");
        assertThat(StoredName.kebabName("name", "x".repeat(300))).hasSize(120);
    }

    @Test
    void namesWithPathsOrNothingUsableAreRefused() {
        for (String path : new String[] {"../evil", "a/b", "a\\b", "C:evil", "..", "a\0b"}) {
            assertThatThrownBy(() -> StoredName.kebabName("name", path)).as(path).isInstanceOf(ProcessException.class);
        }
        assertThatThrownBy(() -> StoredName.kebabName("name", "***")).isInstanceOf(ValidatorException.class);
        assertThatThrownBy(() -> StoredName.kebabName("name", " ")).isInstanceOf(ValidatorException.class);
    }

    @Test
    void privateReadsAcceptOnlyTheFormHandedOut() {
        StoredName name = StoredName.parsePrivate(UploadFolder.USERS, "users/" + OWNER + "/inventory.json");
        assertThat(name.key()).isEqualTo("users/" + OWNER + "/inventory.json");
        assertThat(name.kind()).isEqualTo(UploadKind.JSON);
        assertThatThrownBy(() -> StoredName.parsePrivate(UploadFolder.USERS, "users/" + OWNER + "/../x.json"))
                .isInstanceOf(ProcessException.class);
        assertThatThrownBy(() -> StoredName.parsePrivate(UploadFolder.USERS, "users/" + OWNER + "/a/b.json"))
                .isInstanceOf(ProcessException.class);
        assertThatThrownBy(() -> StoredName.parsePrivate(UploadFolder.USERS, "users/" + OWNER + "/avatar.png"))
                .isInstanceOf(ValidatorException.class);
    }

    @Test
    void contentMustMatchTheType() {
        assertThat(UploadKind.GIF.recognises("GIF89a...".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(UploadKind.JPEG.recognises(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isTrue();
        assertThat(UploadKind.PNG.recognises("not a png".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(UploadKind.CSV.recognises(new byte[] {'a', 0, 'b'})).isFalse();
        assertThat(UploadKind.TEXT.recognises(new byte[] {(byte) 0xC3, (byte) 0x28})).isFalse();
        assertThat(UploadKind.JSON.recognises("[1,2]".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(UploadKind.PNG.acceptsDeclared("image/png")).isTrue();
        assertThat(UploadKind.PNG.acceptsDeclared("text/html; charset=utf-8")).isFalse();
        assertThat(UploadKind.JPEG.acceptsDeclared("image/jpg")).isTrue();
    }
}
