package io.maestro.discovery.provider.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.AzureEnvironment;
import io.maestro.discovery.provider.SyncConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which Resource Manager and Entra ID endpoints a connection's {@code url} and {@code conn.authority} choose. */
class AzureCloudEndpointsTest {

    @Test
    void withoutEndpointsThePublicCloud() {
        assertThat(AzureSessions.environment(connection(null, null))).isSameAs(AzureEnvironment.AZURE);
    }

    @Test
    void aSovereignCloudsManagementEndpointBringsItsLoginEndpoint() {
        AzureEnvironment china = AzureSessions.environment(connection("https://management.chinacloudapi.cn", null));

        assertThat(china.getResourceManagerEndpoint()).isEqualTo("https://management.chinacloudapi.cn/");
        assertThat(china.getActiveDirectoryEndpoint()).isEqualTo("https://login.chinacloudapi.cn/");
        assertThat(china.getManagementEndpoint()).isEqualTo(AzureEnvironment.AZURE_CHINA.getManagementEndpoint());
    }

    @Test
    void anUnknownManagementEndpointKeepsThePublicLoginUnlessTheConnectionNamesItsOwn() {
        AzureEnvironment stack = AzureSessions.environment(connection("https://management.stack.internal", null));
        AzureEnvironment stackWithLogin = AzureSessions.environment(
                connection("https://management.stack.internal", "https://login.stack.internal/adfs"));

        assertThat(stack.getActiveDirectoryEndpoint()).isEqualTo(AzureEnvironment.AZURE.getActiveDirectoryEndpoint());
        assertThat(stackWithLogin.getResourceManagerEndpoint()).isEqualTo("https://management.stack.internal/");
        assertThat(stackWithLogin.getActiveDirectoryEndpoint()).isEqualTo("https://login.stack.internal/adfs/");
    }

    private static SyncConnection connection(String url, String authority) {
        Map<String, String> credentials = new LinkedHashMap<>(Map.of("tenant", AzureTestCloud.TENANT,
                "client", AzureTestCloud.CLIENT, "secret", AzureTestCloud.SECRET, "sub", AzureTestCloud.SUBSCRIPTION));
        if (authority != null) {
            credentials.put(AzureSessions.AUTHORITY, authority);
        }
        return new SyncConnection(AzureTestCloud.CONNECTION_ID, "Azure", "Azure", "sub_azure", "Azure", "dc", List.of(),
                url, null, Map.of(), List.of(), credentials);
    }
}
