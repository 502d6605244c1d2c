package io.maestro.discovery.provider.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.azure.core.http.HttpClient;
import com.azure.core.http.policy.FixedDelay;
import com.azure.core.http.policy.RetryPolicy;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.discovery.provider.InventoryLookups;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.RecordedPages;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.TrustManagerFactory;

/**
 * A recorded Azure for tests: WireMock serves Resource Manager's JSON answers (from {@code src/test/resources/azure/})
 * to the real SDK clients that {@link AzureSessions} builds, through the connection's management endpoint
 * ({@code url}); no token policy (it refuses plain http), the SDK's retry policy with short fixed delays — it still
 * waits as a {@code Retry-After} asks.
 */
public final class AzureTestCloud implements AutoCloseable {

    public static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public static final String CLIENT = "c0ffee00-1234-4abc-9def-0123456789ab";
    public static final String SECRET = "Qx8Q~vJd1.fake-client-secret_2h3Jk4Lm5Nn";
    public static final String SUBSCRIPTION = "6b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    public static final String CONNECTION_ID = "65a000000000000000000001";
    public static final String DATACENTER_ID = "65a000000000000000000002";
    public static final String OWNER_ID = "65a000000000000000000003";
    public static final String REGION = "westeurope";
    public static final Instant NOW = Instant.parse("2026-12-01T06:00:00Z");
    public static final String ARM = "/subscriptions/" + SUBSCRIPTION + "/providers/";

    /** The password of the test key store and trust store under {@code src/test/resources/azure/tls/}. */
    public static final String TLS_PASSWORD = "maestro-tests";

    private final WireMockServer server;
    private final String baseUrl;
    private final AzureSessions sessions;

    public AzureTestCloud() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        baseUrl = server.baseUrl();
        sessions = unauthenticatedSessions();
    }

    private AzureTestCloud(WireMockServer tlsServer, AzureSessions sessions) {
        server = tlsServer;
        baseUrl = httpsUrl(tlsServer);
        this.sessions = sessions;
    }

    /**
     * A recorded Azure over TLS, as the token policy and Entra ID's client require, with the given sessions (e.g.
     * production's sign-in over {@link #trustingHttpClient()}).
     */
    public static AzureTestCloud overTls(AzureSessions sessions) {
        return new AzureTestCloud(tlsServer(), sessions);
    }

    /**
     * A started WireMock answering https on {@code localhost} with the test certificate ({@code azure/tls/localhost.p12},
     * made once with {@code keytool -genkeypair -ext SAN=dns:localhost,ip:127.0.0.1 -validity 36500}; {@code trust.p12}
     * holds its certificate alone).
     */
    public static WireMockServer tlsServer() {
        WireMockServer tls = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort()
                .keystorePath(tlsFile("localhost.p12").toString())
                .keystoreType("PKCS12")
                .keystorePassword(TLS_PASSWORD)
                .keyManagerPassword(TLS_PASSWORD));
        tls.start();
        return tls;
    }

    public static String httpsUrl(WireMockServer tls) {
        return "https://localhost:" + tls.httpsPort();
    }

    /** Azure's default HTTP client (Netty), trusting the test certificate. */
    public static HttpClient trustingHttpClient() {
        try (InputStream in = Files.newInputStream(tlsFile("trust.p12"))) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(in, TLS_PASSWORD.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SslContext tls = SslContextBuilder.forClient().trustManager(trust).build();
            return new NettyAsyncHttpClientBuilder(reactor.netty.http.client.HttpClient.create()
                    .secure(spec -> spec.sslContext(tls))).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The test trust store cannot be read", e);
        }
    }

    /** A file under {@code src/test/resources/azure/tls/}, as compiled into the test classes. */
    public static Path tlsFile(String name) {
        try {
            return Path.of(AzureTestCloud.class.getResource("/azure/tls/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sessions as production's, without the token policy: WireMock is plain http and no Entra ID. */
    public static AzureSessions unauthenticatedSessions() {
        return new AzureSessions(HttpClient.createDefault(),
                new RetryPolicy(new FixedDelay(2, Duration.ofMillis(50))), (connection, profile) -> List.of());
    }

    public WireMockServer server() {
        return server;
    }

    public AzureSessions sessions() {
        return sessions;
    }

    /** A production Azure connection of one owner, its calls sent to WireMock. */
    public SyncConnection connection() {
        return connection(SECRET);
    }

    public SyncConnection connection(String secret) {
        return new SyncConnection(CONNECTION_ID, "Production Azure", "Azure", "sub_azure", "Azure - West Europe",
                DATACENTER_ID, List.of("westeurope (West Europe)"), baseUrl, null,
                Map.of("_id", OWNER_ID, "email", "ops@example.com"), List.of(),
                Map.of("tenant", TENANT, "client", CLIENT, "secret", secret, "sub", SUBSCRIPTION));
    }

    /** The connection signing in at its own Microsoft Entra ID login endpoint ({@code conn.authority}). */
    public SyncConnection connection(String secret, String authority) {
        Map<String, String> credentials = new LinkedHashMap<>(connection(secret).credentials());
        credentials.put(AzureSessions.AUTHORITY, authority);
        SyncConnection connection = connection(secret);
        return new SyncConnection(connection.id(), connection.name(), connection.provider(), connection.service(),
                connection.datacenterName(), connection.datacenterId(), connection.regions(), connection.url(),
                connection.project(), connection.ownerUser(), connection.roles(), credentials);
    }

    public TranslationContext context(InventoryLookups lookups) {
        return new TranslationContext(connection(), REGION, NOW, lookups);
    }

    /**
     * Answers {@code GET <path>} with a recorded page: the first page when {@code skipToken} is null, else the page
     * the token asks for. {@code {{BASE}}} in a recording (its {@code nextLink}) becomes this server's URL.
     */
    public void page(String path, String skipToken, String resource) {
        server.stubFor(get(urlPathEqualTo(path))
                .withQueryParam("$skiptoken", skipToken == null ? absent() : equalTo(skipToken))
                .willReturn(json(200, resource)));
    }

    /** Answers {@code GET <path>} (a single resource) with a recording. */
    public void resource(String path, String resource) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(json(200, resource)));
    }

    public com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String resource) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withHeader("x-ms-request-id", "0e9f8d7c-6b5a-4493-8271-605f4e3d2c1b")
                .withBody(recording(resource));
    }

    public String recording(String resource) {
        return RecordedPages.resource("azure", resource).replace("{{BASE}}", baseUrl);
    }

    /** Every recording of the subscription's westeurope resources: VMs with NICs, sizes, disks, snapshots, images, network. */
    public void recordAll() {
        page(ARM + "Microsoft.Compute/virtualMachines", null, "compute/virtual-machines-1.json");
        page(ARM + "Microsoft.Compute/virtualMachines", "cGFnZS0y", "compute/virtual-machines-2.json");
        resource(ARM + "Microsoft.Compute/locations/westeurope/vmSizes", "compute/vm-sizes-westeurope.json");
        recordNetworkInterfacesOfMachines();
        page(ARM + "Microsoft.Compute/disks", null, "compute/disks-1.json");
        page(ARM + "Microsoft.Compute/disks", "ZGlza3MtMg==", "compute/disks-2.json");
        page(ARM + "Microsoft.Compute/snapshots", null, "compute/snapshots.json");
        page(ARM + "Microsoft.Compute/images", null, "compute/images.json");
        page(ARM + "Microsoft.Network/networkInterfaces", null, "network/network-interfaces-1.json");
        page(ARM + "Microsoft.Network/networkInterfaces", "bmljcy0y", "network/network-interfaces-2.json");
        page(ARM + "Microsoft.Network/publicIPAddresses", null, "network/public-ip-addresses.json");
        page(ARM + "Microsoft.Network/routeTables", null, "network/route-tables.json");
        page(ARM + "Microsoft.Network/virtualNetworks", null, "network/virtual-networks.json");
    }

    /** The network interfaces and public IP the recorded VMs name, each read on its own. */
    public void recordNetworkInterfacesOfMachines() {
        String sub = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/";
        resource(sub + "RG-PROD/providers/Microsoft.Network/networkInterfaces/web-01-nic", "network/nic-web-01-nic.json");
        resource(sub + "RG-PROD/providers/Microsoft.Network/networkInterfaces/db-01-nic", "network/nic-db-01-nic.json");
        resource(sub + "rg-batch/providers/Microsoft.Network/networkInterfaces/batch-01-nic",
                "network/nic-batch-01-nic.json");
        resource(sub + "RG-PROD/providers/Microsoft.Network/publicIPAddresses/web-01-pip", "network/pip-web-01-pip.json");
    }

    @Override
    public void close() {
        server.stop();
    }
}
