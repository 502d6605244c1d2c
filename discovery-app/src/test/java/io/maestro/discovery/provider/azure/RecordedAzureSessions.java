package io.maestro.discovery.provider.azure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For an application context under test: Azure sessions as production builds them but for the Entra ID token policy,
 * so that a connection's management endpoint may be a WireMock (plain http, no Entra ID). Given to a context by
 * {@code @Import} or as a source; not a {@code @Configuration}, so that discovery-app's component scan of the test
 * classes does not take it into every context.
 */
public class RecordedAzureSessions {

    @Bean
    @Primary
    AzureSessions unauthenticatedAzureSessions() {
        return AzureTestCloud.unauthenticatedSessions();
    }
}
