package io.maestro.discovery.provider.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.util.HttpClientOptions;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One HTTP client for every Azure call, with the service-wide timeout; the SDK's retry policy, which retries 429 and
 * 5xx answers with backoff and waits as long as a {@code Retry-After} asks.
 */
@Configuration(proxyBeanMethods = false)
public class AzureConfiguration {

    @Bean
    HttpClient azureHttpClient(@Value("${maestro.timeout:10000}") long timeoutMillis) {
        Duration timeout = Duration.ofMillis(timeoutMillis);
        return HttpClient.createDefault(new HttpClientOptions()
                .setConnectTimeout(timeout)
                .setResponseTimeout(timeout)
                .setReadTimeout(timeout));
    }

    @Bean
    AzureSessions azureSessions(HttpClient azureHttpClient) {
        return new AzureSessions(azureHttpClient, new RetryPolicy(), AzureSessions.Authentication.clientSecret(azureHttpClient));
    }
}
