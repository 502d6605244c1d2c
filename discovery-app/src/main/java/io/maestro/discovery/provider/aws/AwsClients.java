package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Configures any AWS SDK client for one connection and region: the connection's static keys ({@code access},
 * {@code secret}), the region, the shared HTTP client and, when the connection has a {@code url}, that endpoint for
 * every service (AWS-compatible clouds, and the tests' WireMock). The caller owns and closes the client; the shared
 * HTTP client outlives it.
 */
public final class AwsClients {

    private final SdkHttpClient httpClient;
    private final RetryStrategy retryStrategy;

    /** Clients with the SDK's own retries (throttling and 5xx answers are retried with backoff). */
    public AwsClients(SdkHttpClient httpClient) {
        this(httpClient, null);
    }

    /** Clients with the given retries instead of the SDK's, e.g. immediate ones in tests. */
    public AwsClients(SdkHttpClient httpClient, RetryStrategy retryStrategy) {
        this.httpClient = httpClient;
        this.retryStrategy = retryStrategy;
    }

    /**
     * @param builder e.g. {@code Ec2Client.builder()}
     * @throws ProviderException when the connection lacks its keys
     */
    public <B extends AwsClientBuilder<B, C> & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, C>, C>
            C build(B builder, SyncConnection connection, String region) {
        String access = connection.credential("access");
        String secret = connection.credential("secret");
        if (access == null || access.isBlank() || secret == null || secret.isBlank()) {
            throw new ProviderException("The connection has no AWS access key and secret (fields 'access' and 'secret')");
        }
        builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(access, secret)))
                .region(Region.of(region))
                .httpClient(httpClient);
        if (retryStrategy != null) {
            builder.overrideConfiguration(configuration -> configuration.retryStrategy(retryStrategy));
        }
        if (connection.url() != null && !connection.url().isBlank()) {
            builder.endpointOverride(URI.create(connection.url()));
        }
        return builder.build();
    }
}
