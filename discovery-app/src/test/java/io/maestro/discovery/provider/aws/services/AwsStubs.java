package io.maestro.discovery.provider.aws.services;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.aws.AwsClients;
import io.maestro.discovery.provider.aws.AwsTestCloud;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * What the AWS service tests share: a connection whose {@code url} is the test's WireMock, the real SDK clients
 * built by {@link AwsClients}, recorded AWS responses from {@code src/test/resources/aws/} and the crawl of
 * {@link AwsTestCloud}; {@link AwsServiceTest} starts the WireMock.
 */
final class AwsStubs {

    static final String REGION = "eu-west-1";

    static final AwsClients CLIENTS = new AwsClients(ApacheHttpClient.builder().build());

    private AwsStubs() {
    }

    static SyncConnection connection(String url) {
        return new SyncConnection("6563a1f2c3d4e5f6a7b8c9d0", "Production AWS", "AWS", "iam_aws", "AWS Ireland",
                "6563a1f2c3d4e5f6a7b8c9d1", List.of("eu-west-1 (Ireland)"), url, null,
                Map.of("_id", "6563a1f2c3d4e5f6a7b8c9d2", "email", "ops@example.com", "refs", "users"),
                List.of(Map.of("_id", "6563a1f2c3d4e5f6a7b8c9d2", "role", 7, "refs", "users")),
                Map.of("access", AwsTestCloud.ACCESS_KEY, "secret", AwsTestCloud.SECRET_KEY));
    }

    static TranslationContext context(SyncConnection connection) {
        return new TranslationContext(connection, REGION, AwsTestCloud.NOW, InventoryLookups.NONE);
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
                .withBody(AwsTestCloud.resource(path));
    }

    /** Every page of a command in one region, following the page tokens as the pipeline does. */
    static List<FetchedPage> crawl(DiscoveryCommand command, SyncConnection connection) {
        return AwsTestCloud.crawl(command, connection, REGION);
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
