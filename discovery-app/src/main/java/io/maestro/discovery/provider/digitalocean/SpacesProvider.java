package io.maestro.discovery.provider.digitalocean;

import static io.maestro.discovery.provider.support.Documents.document;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.Checksums;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * DigitalOcean Spaces (connection {@code provider} {@code Spaces}, {@code service} {@code Spaces (DO)}, credentials
 * {@code access}/{@code secret}): {@code storage-object-list}, the buckets of each of the connection's regions, read
 * with the AWS S3 SDK from {@code https://<region>.digitaloceanspaces.com} (or the connection's {@code url}).
 */
@Component
class SpacesProvider implements DiscoveryProvider {

    static final String SERVICE = "Spaces (DO)";
    static final CommandTarget TARGET = CommandTarget.of(Inventory.APPLICATIONS, "ObjectStorage", "Spaces (DigitalOcean)");

    private final Map<String, List<DiscoveryCommand>> tasks = new LinkedHashMap<>();

    SpacesProvider() {
        tasks.put("storage-object-list", List.of(new BucketsCommand()));
    }

    @Override
    public String name() {
        return "spaces";
    }

    @Override
    public Set<String> services() {
        return Set.of(SERVICE);
    }

    @Override
    public Map<String, List<DiscoveryCommand>> tasks() {
        return tasks;
    }

    /** The buckets a region's endpoint lists, and their translation to object-storage applications. */
    private static final class BucketsCommand implements DiscoveryCommand {

        @Override
        public String name() {
            return "list_spaces";
        }

        @Override
        public CommandTarget target() {
            return TARGET;
        }

        @Override
        public FetchedPage get(SyncConnection connection, String region, String pageToken) {
            String endpoint = connection.url() != null && !connection.url().isBlank() ? connection.url().trim()
                    : "https://" + region + ".digitaloceanspaces.com";
            try (S3Client spaces = S3Client.builder()
                    .httpClientBuilder(ApacheHttpClient.builder())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                            required(connection, "access"), required(connection, "secret"))))
                    // Spaces signs with us-east-1 whatever the endpoint's region
                    .region(Region.US_EAST_1)
                    .endpointOverride(URI.create(endpoint))
                    .forcePathStyle(true)
                    .build()) {
                List<Map<String, Object>> buckets = spaces.listBuckets().buckets().stream()
                        .map(BucketsCommand::item).toList();
                return FetchedPage.last(buckets);
            } catch (S3Exception refused) {
                String reason = refused.awsErrorDetails() == null ? refused.getClass().getSimpleName()
                        : refused.awsErrorDetails().errorCode() + ": " + refused.awsErrorDetails().errorMessage();
                throw new ProviderException("Spaces in " + region + ": " + reason);
            } catch (SdkException failed) {
                throw new ProviderException("Spaces in " + region + ": " + failed.getClass().getSimpleName());
            }
        }

        private static Map<String, Object> item(Bucket bucket) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("Name", bucket.name());
            if (bucket.creationDate() != null) {
                item.put("CreationDate", bucket.creationDate().toString());
            }
            return item;
        }

        private static String required(SyncConnection connection, String field) {
            String value = connection.credential(field);
            if (value == null || value.isBlank()) {
                throw new ProviderException("The connection has no " + field);
            }
            return value.trim();
        }

        /** A Space is known by its region and name: {@code spaces:<region>:<name>}. */
        @Override
        public List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context) {
            return items.stream().map(item -> {
                Object name = item.get("Name");
                if (name == null) {
                    return null;
                }
                String region = context.region();
                return document()
                        .put("unique_id", "spaces:" + region + ":" + name)
                        .put("name", String.valueOf(name))
                        .put("family", TARGET.family())
                        .put("provider", TARGET.provider())
                        .put("own", 1)
                        .put("role", document()
                                .put("endpoint", "https://" + name + "." + region + ".digitaloceanspaces.com")
                                .put("region", region))
                        .put("created_at", item.get("CreationDate"))
                        .put("datacenters", document()
                                .put("name", context.connection().datacenterName())
                                .put("_id", context.connection().datacenterId())
                                .put("provider", context.connection().provider())
                                .put("region", region))
                        .put("checksum", Checksums.of(item))
                        .build();
            }).filter(Objects::nonNull).toList();
        }
    }
}
