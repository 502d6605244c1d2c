package io.maestro.discovery.provider.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.RecordedPages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * A recorded AWS for tests: WireMock serves AWS's XML answers (from {@code src/test/resources/aws/...}) to the real SDK
 * clients that {@link AwsClients} configures, through the connection's {@code url}. Retries are the SDK's standard
 * three attempts, without backoff, to keep throttling tests fast.
 */
public final class AwsTestCloud implements AutoCloseable {

    public static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    public static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public static final String CONNECTION_ID = "5f1e3c2b9a8d7e6f5a4b3c2d";
    public static final String DATACENTER_ID = "5f1e3c2b9a8d7e6f5a4b3c01";
    public static final Instant NOW = Instant.parse("2026-11-28T05:00:00Z");

    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    private final SdkHttpClient httpClient = ApacheHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(2))
            .socketTimeout(Duration.ofSeconds(5))
            .build();
    private final AwsClients clients;

    public AwsTestCloud() {
        server.start();
        clients = new AwsClients(httpClient, AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(3)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .build());
    }

    public WireMockServer server() {
        return server;
    }

    public AwsClients clients() {
        return clients;
    }

    /** A production AWS connection of one owner, its calls sent to WireMock. */
    public SyncConnection connection() {
        return new SyncConnection(CONNECTION_ID, "Production AWS", "AWS", "iam_aws", "AWS - Virginia", DATACENTER_ID,
                List.of("us-east-1 (N. Virginia)"), server.baseUrl(), null,
                Map.of("_id", "5f1e3c2b9a8d7e6f5a4b3c99", "email", "ops@example.com"), List.of(),
                Map.of("access", ACCESS_KEY, "secret", SECRET_KEY));
    }

    public TranslationContext context(String region, InventoryLookups lookups) {
        return new TranslationContext(connection(), region, NOW, lookups);
    }

    /**
     * Answers a query-protocol call ({@code Action=...}) with a recorded page: the first page when {@code pageToken}
     * is null, else the page the token asks for.
     */
    public void page(String action, String pageToken, String resource) {
        MappingBuilder request = post(urlEqualTo("/"))
                .withFormParam("Action", equalTo(action))
                .withFormParam("NextToken", pageToken == null ? absent() : equalTo(pageToken));
        server.stubFor(request.willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(resource(resource))));
    }

    /**
     * Answers every {@code DescribeInstanceTypes} with EC2's sizes of the types the recorded instances have
     * ({@code t3.micro}, {@code m5.large}, {@code i3.metal}), as {@code server-list} asks.
     */
    public void instanceTypes() {
        page("DescribeInstanceTypes", null, "ec2/describe-instance-types.xml");
    }

    /** Every page of a command, in order, as the pipeline crawls them. */
    public List<FetchedPage> crawl(DiscoveryCommand command, String region) {
        return crawl(command, connection(), region);
    }

    /** Every page of a command for a connection, following the page tokens. */
    public static List<FetchedPage> crawl(DiscoveryCommand command, SyncConnection connection, String region) {
        return RecordedPages.crawl(command, connection, region);
    }

    public static List<Map<String, Object>> items(List<FetchedPage> pages) {
        return RecordedPages.items(pages);
    }

    public static String resource(String path) {
        return RecordedPages.resource("aws", path);
    }

    @Override
    public void close() {
        server.stop();
        clients.close();
        httpClient.close();
    }
}
