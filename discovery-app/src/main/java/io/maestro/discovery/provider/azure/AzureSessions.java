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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Azure Resource Manager calls for one connection: its tenant, client id and secret, subscription ({@code tenant},
 * {@code client}, {@code secret}, {@code sub}, as 0.6 stored them) and, when the connection has a {@code url}, that
 * management endpoint instead of Azure's public cloud (sovereign clouds, and the tests' WireMock). Every client shares
 * one HTTP client and the retry policy, which waits as a 429's {@code Retry-After} asks.
 */
public final class AzureSessions {

    /** The policies that authenticate a connection's calls; tests pass none, as the token policy refuses plain http. */
    @FunctionalInterface
    public interface Authentication {
        List<HttpPipelinePolicy> policies(SyncConnection connection, AzureProfile profile);

        /** The connection's service principal, through Microsoft Entra ID (the environment's login endpoint). */
        static Authentication clientSecret() {
            return (connection, profile) -> {
                TokenCredential credential = new ClientSecretCredentialBuilder()
                        .tenantId(profile.getTenantId())
                        .clientId(required(connection, "client"))
                        .clientSecret(required(connection, "secret"))
                        .authorityHost(profile.getEnvironment().getActiveDirectoryEndpoint())
                        .build();
                return List.of(new ArmChallengeAuthenticationPolicy(credential,
                        profile.getEnvironment().getManagementEndpoint() + "/.default"));
            };
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient httpClient;
    private final RetryPolicy retryPolicy;
    private final Authentication authentication;

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
        String endpoint = profile.getEnvironment().getResourceManagerEndpoint();
        return endpoint.endsWith("/") ? endpoint : endpoint + "/";
    }

    private HttpPipeline pipeline(SyncConnection connection, AzureProfile profile) {
        List<HttpPipelinePolicy> policies = new ArrayList<>();
        policies.add(retryPolicy);
        policies.addAll(authentication.policies(connection, profile));
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

    /** Azure's public cloud, or the connection's management endpoint with the public cloud's other endpoints. */
    static AzureEnvironment environment(SyncConnection connection) {
        if (connection.url() == null || connection.url().isBlank()) {
            return AzureEnvironment.AZURE;
        }
        Map<String, String> endpoints = new LinkedHashMap<>(AzureEnvironment.AZURE.getEndpoints());
        String url = connection.url().endsWith("/") ? connection.url() : connection.url() + "/";
        endpoints.put("resourceManagerEndpointUrl", url);
        return new AzureEnvironment(endpoints);
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
