package io.maestro.discovery.provider.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Spaces with the AWS S3 SDK against an S3-compatible endpoint (an in-process S3Proxy standing in for a region's). */
class SpacesProviderTest {

    private static final String SECRET = SpacesTestCloud.SECRET;
    private static SpacesTestCloud cloud;
    private final SpacesProvider provider = new SpacesProvider();

    @BeforeAll
    static void startSpaces() {
        cloud = new SpacesTestCloud();
    }

    @AfterAll
    static void stopSpaces() {
        cloud.close();
    }

    private static SyncConnection connection(String secret) {
        return cloud.connection(secret);
    }

    @Test
    void theBucketsOfARegionAreObjectStorageApplications() {
        DiscoveryCommand spaces = provider.tasks().get("storage-object-list").get(0);
        SyncConnection connection = connection(SECRET);

        FetchedPage page = spaces.get(connection, "ams3", null);
        List<Map<String, Object>> applications = spaces.translate(page.items(),
                new TranslationContext(connection, "ams3", Instant.now(), InventoryLookups.NONE));

        assertThat(provider.name()).isEqualTo("spaces");
        assertThat(provider.regions(connection)).containsExactly("ams3");
        assertThat(page.hasNext()).isFalse();
        assertThat(applications).extracting(application -> application.get("unique_id"))
                .containsExactlyInAnyOrder("spaces:ams3:static-images", "spaces:ams3:backups");
        assertThat(applications).filteredOn(application -> "backups".equals(application.get("name"))).singleElement()
                .satisfies(backups -> assertThat(backups).containsEntry("family", "ObjectStorage")
                        .containsEntry("provider", "Spaces (DigitalOcean)").containsEntry("own", 1)
                        .containsEntry("role", Map.of("endpoint", "https://backups.ams3.digitaloceanspaces.com",
                                "region", "ams3"))
                        .containsKey("created_at"));
    }

    @Test
    void aWrongSecretIsTheProvidersFailureWithoutIt() {
        DiscoveryCommand spaces = provider.tasks().get("storage-object-list").get(0);

        assertThatThrownBy(() -> spaces.get(connection("wrong-Secret-3"), "ams3", null))
                .isInstanceOf(ProviderException.class).hasMessageStartingWith("Spaces in ams3: ")
                .message().doesNotContain("wrong-Secret-3");
    }
}
