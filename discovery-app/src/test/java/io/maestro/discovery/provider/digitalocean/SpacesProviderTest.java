package io.maestro.discovery.provider.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.net.URI;
import java.time.Instant;
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
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Spaces with the AWS S3 SDK against an S3-compatible endpoint (an in-process S3Proxy standing in for a region's). */
class SpacesProviderTest {

    private static final String ACCESS = "DO00SPACESKEY";
    private static final String SECRET = "spaces-Secret-key-5";
    private static S3Proxy proxy;
    private static String endpoint;
    private final SpacesProvider provider = new SpacesProvider();

    @BeforeAll
    static void startSpaces() throws Exception {
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
            s3.createBucket(request -> request.bucket("static-images"));
            s3.createBucket(request -> request.bucket("backups"));
        }
    }

    @AfterAll
    static void stopSpaces() throws Exception {
        proxy.stop();
    }

    private static SyncConnection connection(String secret) {
        return new SyncConnection("64e100000000000000000001", "spaces", "Spaces", "Spaces (DO)", "DO DC",
                "64e100000000000000000002", List.of("ams3 (Amsterdam 3)"), endpoint, null,
                Map.of("_id", "64e100000000000000000003"), List.of(), Map.of("access", ACCESS, "secret", secret));
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
