package io.maestro.discovery.provider.aws;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Configures any AWS SDK client for one connection and region: the connection's static keys ({@code access},
 * {@code secret}), the region, the shared HTTP client and, when the connection has a {@code url}, that endpoint for
 * every service (AWS-compatible clouds, and the tests' WireMock).
 *
 * <p>A client is built once and lent to every page of the same kind, connection, region, keys and endpoint: building
 * one per page cost a few percent of a sync's CPU. A connection whose keys or {@code url} change gets a new client at
 * its next page. A client unused for {@link #IDLE} is closed; the shared HTTP client outlives them all.
 */
public final class AwsClients implements AutoCloseable {

    /** How long a client no page uses is kept: far longer than the gap between two pages of a run. */
    static final Duration IDLE = Duration.ofMinutes(2);

    private final SdkHttpClient httpClient;
    private final RetryStrategy retryStrategy;
    private final LongSupplier nanoTime;
    private final Map<ClientKey, Shared> clients = new HashMap<>();
    private long lastSweep;

    /** Clients with the SDK's own retries (throttling and 5xx answers are retried with backoff). */
    public AwsClients(SdkHttpClient httpClient) {
        this(httpClient, null);
    }

    /** Clients with the given retries instead of the SDK's, e.g. immediate ones in tests. */
    public AwsClients(SdkHttpClient httpClient, RetryStrategy retryStrategy) {
        this(httpClient, retryStrategy, System::nanoTime);
    }

    AwsClients(SdkHttpClient httpClient, RetryStrategy retryStrategy, LongSupplier nanoTime) {
        this.httpClient = httpClient;
        this.retryStrategy = retryStrategy;
        this.nanoTime = nanoTime;
        this.lastSweep = nanoTime.getAsLong();
    }

    /**
     * The client of this kind for the connection and region, built at its first use; close the lease (not the client)
     * when done with it. A kind of client is configured one way: its builder's class tells it.
     *
     * @param builder e.g. {@code Ec2Client.builder()}
     * @throws ProviderException when the connection lacks its keys
     */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkAutoCloseable>
            Lease<C> lease(B builder, SyncConnection connection, String region) {
        String access = connection.credential("access");
        String secret = connection.credential("secret");
        if (access == null || access.isBlank() || secret == null || secret.isBlank()) {
            throw new ProviderException("The connection has no AWS access key and secret (fields 'access' and 'secret')");
        }
        String url = connection.url() == null || connection.url().isBlank() ? null : connection.url();
        ClientKey key = new ClientKey(builder.getClass(), connection.id(), region, url, access, secret);
        Shared shared;
        synchronized (this) {
            shared = clients.get(key);
            if (shared == null) {
                shared = new Shared(build(builder, region, url, access, secret));
                clients.put(key, shared);
            }
            shared.leases++;
        }
        @SuppressWarnings("unchecked")
        C client = (C) shared.client;
        return new Lease<>(client, shared, this);
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkAutoCloseable> C build(
            B builder, String region, String url, String access, String secret) {
        builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(access, secret)))
                .region(Region.of(region))
                .httpClient(httpClient);
        if (retryStrategy != null) {
            builder.overrideConfiguration(configuration -> configuration.retryStrategy(retryStrategy));
        }
        if (url != null) {
            builder.endpointOverride(URI.create(url));
        }
        return builder.build();
    }

    private synchronized void release(Shared shared) {
        shared.leases--;
        long now = nanoTime.getAsLong();
        shared.lastUsed = now;
        if (now - lastSweep < IDLE.toNanos()) {
            return;
        }
        lastSweep = now;
        for (Iterator<Shared> all = clients.values().iterator(); all.hasNext(); ) {
            Shared candidate = all.next();
            if (candidate.leases == 0 && now - candidate.lastUsed >= IDLE.toNanos()) {
                all.remove();
                candidate.client.close();
            }
        }
    }

    /** Closes every client; the shared HTTP client is its owner's to close. */
    @Override
    public synchronized void close() {
        clients.values().forEach(shared -> shared.client.close());
        clients.clear();
    }

    /** A client lent to one page; closing the lease gives it back. */
    public static final class Lease<C> implements AutoCloseable {

        private final C client;
        private final Shared shared;
        private final AwsClients owner;
        private boolean released;

        private Lease(C client, Shared shared, AwsClients owner) {
            this.client = client;
            this.shared = shared;
            this.owner = owner;
        }

        public C client() {
            return client;
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                owner.release(shared);
            }
        }
    }

    private static final class Shared {
        private final SdkAutoCloseable client;
        private int leases;
        private long lastUsed;

        private Shared(SdkAutoCloseable client) {
            this.client = client;
        }
    }

    /** What makes two clients the same; it holds the keys, so it is never logged. */
    private record ClientKey(Class<?> kind, String connectionId, String region, String url, String access,
            String secret) {

        @Override
        public String toString() {
            return "ClientKey[" + kind.getSimpleName() + ", " + connectionId + ", " + region + "]";
        }
    }
}
