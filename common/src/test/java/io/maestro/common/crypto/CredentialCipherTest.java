package io.maestro.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialCipherTest {

    private final CredentialCipher cipher = new CredentialCipher("test-credentials-secret");

    @Test
    void sealedCredentialsOpenToTheSameFieldsAndHideTheirValues() {
        String sealed = cipher.seal(Map.of("access", "AKIAEXAMPLE", "secret", "wJalrXUtnFEMI/K7MDENG", "port", 22));

        assertThat(CredentialCipher.isSealed(sealed)).isTrue();
        assertThat(sealed).doesNotContain("AKIAEXAMPLE").doesNotContain("wJalrXUtnFEMI").doesNotContain("access");
        assertThat(cipher.open(sealed)).containsExactlyInAnyOrderEntriesOf(
                Map.of("access", "AKIAEXAMPLE", "secret", "wJalrXUtnFEMI/K7MDENG", "port", "22"));
    }

    @Test
    void listsAndObjectsAreKeptAsTheirJsonText() {
        String sealed = cipher.seal(Map.of("artifacts", List.of("users/a/servers.json", "users/a/apps.json")));

        assertThat(cipher.open(sealed)).containsEntry("artifacts", "[\"users/a/servers.json\",\"users/a/apps.json\"]");
    }

    @Test
    void sealingTwiceGivesDifferentTexts() {
        assertThat(cipher.seal(Map.of("token", "t"))).isNotEqualTo(cipher.seal(Map.of("token", "t")));
    }

    @Test
    void anotherKeyOrAnAlteredValueCannotOpen() {
        String sealed = cipher.seal(Map.of("token", "abc"));
        CredentialCipher other = new CredentialCipher("another-secret");

        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(AesGcm.SealedTextException.class);
        String altered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> cipher.open(altered)).isInstanceOf(AesGcm.SealedTextException.class);
        assertThatThrownBy(() -> cipher.open("eyJhbGciOiJIUzI1NiJ9.legacy.jwt")).isInstanceOf(AesGcm.SealedTextException.class);
    }

    @Test
    void anEmptySecretIsRefusedByName() {
        assertThatThrownBy(() -> new CredentialCipher(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MAESTRO_SECRET_CRYPTO");
    }
}
