package io.maestro.discovery.provider.aws.services;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsClients;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * What the AWS service tests share: a connection whose {@code url} is the test's WireMock, the real SDK clients
 * built by {@link AwsClients}, recorded AWS responses from {@code src/test/resources/aws/}, and a crawl that follows
 * a command's pages the way the pipeline does.
 */
final class AwsStubs {

    static final String REGION = "eu-west-1";
    static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final Instant NOW = Instant.parse("2026-11-28T05:00:00Z");

    static final AwsClients CLIENTS = new AwsClients(ApacheHttpClient.builder().build());

    private AwsStubs() {
    }

    static SyncConnection connection(String url) {
        return new SyncConnection("6563a1f2c3d4e5f6a7b8c9d0", "Production AWS", "AWS", "iam_aws", "AWS Ireland",
                "6563a1f2c3d4e5f6a7b8c9d1", List.of("eu-west-1 (Ireland)"), url, null,
                Map.of("_id", "6563a1f2c3d4e5f6a7b8c9d2", "email", "ops@example.com", "refs", "users"),
                List.of(Map.of("_id", "6563a1f2c3d4e5f6a7b8c9d2", "role", 7, "refs", "users")),
                Map.of("access", ACCESS_KEY, "secret", SECRET_KEY));
    }

    static TranslationContext context(SyncConnection connection) {
        return new TranslationContext(connection, REGION, NOW, InventoryLookups.NONE);
    }

    /** A recorded response body, e.g. {@code rds/describe-db-instances-page1.xml}. */
    static String body(String path) {
        try (InputStream in = AwsStubs.class.getResourceAsStream("/aws/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource aws/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200 answer with a recorded body of the given content type (text/xml, application/x-amz-json-1.0…). */
    static ResponseDefinitionBuilder ok(String contentType, String path) {
        return answer(200, contentType, path);
    }

    /** An answer with a recorded body, as AWS sends it, with its request id header. */
    static ResponseDefinitionBuilder answer(int status, String contentType, String path) {
        return WireMock.aResponse().withStatus(status)
                .withHeader("Content-Type", contentType)
                .withHeader("x-amzn-RequestId", "c0ffee00-0000-4000-8000-000000000001")
                .withBody(body(path));
    }

    /** Every page of a command in one region, following the page tokens as the pipeline does. */
    static List<FetchedPage> crawl(DiscoveryCommand command, SyncConnection connection) {
        List<FetchedPage> pages = new ArrayList<>();
        String token = null;
        do {
            FetchedPage page = command.get(connection, REGION, token);
            pages.add(page);
            token = page.nextToken();
        } while (pages.get(pages.size() - 1).hasNext() && pages.size() < 10);
        return pages;
    }

    /** The translated documents of all pages. */
    static List<Map<String, Object>> documents(DiscoveryCommand command, SyncConnection connection) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (FetchedPage page : crawl(command, connection)) {
            documents.addAll(command.translate(page.items(), context(connection)));
        }
        return documents;
    }
}
