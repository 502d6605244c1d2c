package io.maestro.discovery.provider.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.http.policy.ArmChallengeAuthenticationPolicy;
import com.azure.core.management.profile.AzureProfile;
import com.azure.core.util.Context;
import com.azure.identity.ClientSecretCredentialBuilder;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.Checksums;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Azure Resource Manager calls for one connection: its tenant, client id and secret, subscription ({@code tenant},
 * {@code client}, {@code secret}, {@code sub}, as 0.6 stored them) and its cloud: Azure's public cloud, or the cloud
 * of the connection's management endpoint ({@code url}: a sovereign cloud's, or the tests' WireMock), its Microsoft
 * Entra ID login endpoint that cloud's unless the connection's {@code authority} names another (Azure Stack, the tests'
 * WireMock). Every client shares one HTTP client and the retry policy, which waits as a 429's {@code Retry-After}
 * asks. A connection's pipeline, with its credential and the token it holds, is kept for its next calls until the
 * connection's credentials or endpoints change: a sync signs in once, not once per call.
 */
public final class AzureSessions {

    /** The credential field naming the connection's own Microsoft Entra ID login endpoint (optional). */
    public static final String AUTHORITY = "authority";

    /** The policies that authenticate a connection's calls; tests pass none, as the token policy refuses plain http. */
    @FunctionalInterface
    public interface Authentication {
        List<HttpPipelinePolicy> policies(SyncConnection connection, AzureProfile profile);

        /**
         * The connection's service principal, through Microsoft Entra ID (the environment's login endpoint), its token
         * requests sent by {@code httpClient} as the Resource Manager calls are.
         */
        static Authentication clientSecret(HttpClient httpClient) {
            return (connection, profile) -> {
                ClientSecretCredentialBuilder credential = new ClientSecretCredentialBuilder()
                        .tenantId(profile.getTenantId())
                        .clientId(required(connection, "client"))
                        .clientSecret(required(connection, "secret"))
                        .authorityHost(profile.getEnvironment().getActiveDirectoryEndpoint())
                        .httpClient(httpClient);
                if (hasText(connection.credential(AUTHORITY))) {
                    // Entra ID's instance discovery (on the public cloud) does not know a login endpoint of one's own
                    credential.disableInstanceDiscovery();
                }
                return List.of(new ArmChallengeAuthenticationPolicy(credential.build(),
                        profile.getEnvironment().getManagementEndpoint() + "/.default"));
            };
        }
    }

    /** A connection's pipeline and the fingerprint of the credentials and endpoints it was built for. */
    private record Session(String fingerprint, HttpPipeline pipeline) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient httpClient;
    private final RetryPolicy retryPolicy;
    private final Authentication authentication;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public AzureSessions(HttpClient httpClient, RetryPolicy retryPolicy, Authentication authentication) {
        this.httpClient = httpClient;
        this.retryPolicy = retryPolicy;
        this.authentication = authentication;
    }

    /**
     * {@code GET} of a Resource Manager URL through the SDK's pipeline (retries, authentication): the answer's JSON as
     * Azure wrote it. The SDK's typed models are not used: serialised back, they drop every read-only field
     * ({@code id}, {@code provisioningState}, {@code vmId}…), the very fields discovery reads.
     *
     * @param pathOrUrl a path under the connection's management endpoint, with its query (e.g.
     *                  {@code /subscriptions/…/disks?api-version=2024-03-02}), or a {@code nextLink} Azure gave
     * @throws ProviderException with Azure's error code and message, when it refuses, or when the answer is not JSON
     */
    public Map<String, Object> get(SyncConnection connection, String pathOrUrl) {
        AzureProfile profile = profile(connection);
        String endpoint = endpoint(profile);
        String url = pathOrUrl.startsWith("/") ? endpoint + pathOrUrl.substring(1) : pathOrUrl;
        if (!url.startsWith(endpoint)) {
            // a next link elsewhere would carry the connection's token to another host
            throw new ProviderException("Azure gave a next page outside its management endpoint " + endpoint);
        }
        try (HttpResponse response = pipeline(connection, profile).sendSync(new HttpRequest(HttpMethod.GET, url),
                Context.NONE)) {
            String body = response.getBodyAsBinaryData().toString();
            Map<String, Object> answer = parse(body, response.getStatusCode());
            if (response.getStatusCode() / 100 != 2) {
                throw new ProviderException(error(answer, response.getStatusCode()));
            }
            return answer;
        }
    }

    /** The connection's subscription id. */
    public static String subscription(SyncConnection connection) {
        return required(connection, "sub");
    }

    private static Map<String, Object> parse(String body, int status) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JacksonException e) {
            throw new ProviderException("Azure answered HTTP " + status + " with a body that is not JSON");
        }
    }

    /** ARM's error {@code {"error": {"code", "message"}}}: {@code <code>: <message>}. */
    @SuppressWarnings("unchecked")
    private static String error(Map<String, Object> answer, int status) {
        Object error = answer.get("error");
        if (error instanceof Map<?, ?> details) {
            Map<String, Object> fields = (Map<String, Object>) details;
            return fields.getOrDefault("code", "HTTP " + status) + ": " + fields.getOrDefault("message", "");
        }
        return "HTTP " + status;
    }

    private static String endpoint(AzureProfile profile) {
        return withSlash(profile.getEnvironment().getResourceManagerEndpoint());
    }

    /** The connection's pipeline, built again when its credentials or endpoints changed since. */
    private HttpPipeline pipeline(SyncConnection connection, AzureProfile profile) {
        String fingerprint = Checksums.of(Map.of("url", String.valueOf(connection.url()),
                "credentials", connection.credentials()));
        return sessions.compute(connection.id(), (id, known) -> known != null && known.fingerprint().equals(fingerprint)
                ? known : new Session(fingerprint, newPipeline(connection, profile))).pipeline();
    }

    private HttpPipeline newPipeline(SyncConnection connection, AzureProfile profile) {
        // the token first: a refused secret is not asked again by the retries (azure-identity retries its own calls)
        List<HttpPipelinePolicy> policies = new ArrayList<>(authentication.policies(connection, profile));
        policies.add(retryPolicy);
        return new HttpPipelineBuilder()
                .httpClient(httpClient)
                .policies(policies.toArray(HttpPipelinePolicy[]::new))
                .build();
    }

    /**
     * The connection's tenant, subscription and cloud.
     *
     * @throws ProviderException when the connection lacks its tenant or subscription
     */
    static AzureProfile profile(SyncConnection connection) {
        return new AzureProfile(required(connection, "tenant"), required(connection, "sub"), environment(connection));
    }

    /**
     * Azure's public cloud; with a management endpoint ({@code url}), the known cloud whose endpoint it is (Azure
     * China, US Government), else the public cloud's endpoints but that one; with an {@code authority}, that login
     * endpoint instead of the cloud's.
     */
    static AzureEnvironment environment(SyncConnection connection) {
        String url = connection.url();
        String authority = connection.credential(AUTHORITY);
        if (!hasText(url) && !hasText(authority)) {
            return AzureEnvironment.AZURE;
        }
        AzureEnvironment cloud = !hasText(url) ? AzureEnvironment.AZURE : AzureEnvironment.knownEnvironments().stream()
                .filter(known -> withSlash(known.getResourceManagerEndpoint()).equalsIgnoreCase(withSlash(url)))
                .findFirst()
                .orElse(AzureEnvironment.AZURE);
        Map<String, String> endpoints = new LinkedHashMap<>(cloud.getEndpoints());
        if (hasText(url)) {
            endpoints.put("resourceManagerEndpointUrl", withSlash(url));
        }
        if (hasText(authority)) {
            endpoints.put("activeDirectoryEndpointUrl", withSlash(authority));
        }
        return new AzureEnvironment(endpoints);
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String required(SyncConnection connection, String field) {
        String value = connection.credential(field);
        if (value == null || value.isBlank()) {
            throw new ProviderException("The connection has no Azure " + field
                    + " (fields 'tenant', 'client', 'secret' and 'sub')");
        }
        return value;
    }
}
