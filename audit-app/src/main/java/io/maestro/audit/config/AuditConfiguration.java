package io.maestro.audit.config;

import io.maestro.audit.domain.AuditProperties;
import io.maestro.audit.store.DataAppSync;
import io.maestro.common.token.PrivateServiceTokens;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    /** data-app at {@code maestro.peers.data}, every call bounded by {@code maestro.timeout} (ms). */
    @Bean
    DataAppSync dataAppSync(@Value("${maestro.peers.data}") String dataUrl, @Value("${maestro.timeout}") long timeoutMillis,
            PrivateServiceTokens tokens) {
        Duration timeout = Duration.ofMillis(timeoutMillis);
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return new DataAppSync(RestClient.builder().baseUrl(dataUrl).requestFactory(requests).build(), tokens);
    }
}
