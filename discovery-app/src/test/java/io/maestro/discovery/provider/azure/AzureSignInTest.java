package io.maestro.discovery.provider.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.HttpClient;
import com.azure.core.http.policy.FixedDelay;
import com.azure.core.http.policy.RetryPolicy;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.RecordedPages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production's sign-in path: azure-identity's client-secret flow asks Microsoft Entra ID for a token (a WireMock over
 * TLS, named by the connection's {@code authority}; instance discovery disabled, so nothing else is asked), and the
 * token policy presents it on every Resource Manager call (another WireMock over TLS, the connection's {@code url}).
 */
class AzureSignInTest {

    private static final String TOKEN = "/" + AzureTestCloud.TENANT + "/oauth2/v2.0/token";
    private static final String WRONG_SECRET = "wrong-Secret~value.456";

    private static WireMockServer entra;
    private static AzureTestCloud azure;
    private static DiscoveryCommand virtualMachines;

    @BeforeAll
    static void startClouds() {
        entra = AzureTestCloud.tlsServer();
        HttpClient httpClient = AzureTestCloud.trustingHttpClient();
        azure = AzureTestCloud.overTls(new AzureSessions(httpClient,
                new RetryPolicy(new FixedDelay(2, Duration.ofMillis(50))),
                AzureSessions.Authentication.clientSecret(httpClient)));
        virtualMachines = new AzureProvider(azure.sessions()).tasks().get("server-list").get(0);
    }

    @AfterAll
    static void stopClouds() {
        azure.close();
        entra.stop();
    }

    @BeforeEach
    void clearRecordings() {
        entra.resetAll();
        azure.server().resetAll();
        azure.recordAll();
    }

    @Test
    void theClientSecretFlowSignsInOnceAndEveryListCallCarriesTheToken() {
        entra.stubFor(post(urlPathEqualTo(TOKEN))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("client_id", equalTo(AzureTestCloud.CLIENT))
                .withFormParam("client_secret", equalTo(AzureTestCloud.SECRET))
                .willReturn(entra(200, "entra/token.json")));
        SyncConnection connection = azure.connection(AzureTestCloud.SECRET, AzureTestCloud.httpsUrl(entra));

        List<Map<String, Object>> machines = RecordedPages.items(
                RecordedPages.crawl(virtualMachines, connection, AzureTestCloud.REGION));

        assertThat(machines).extracting(machine -> machine.get("name")).containsExactly("web-01", "db-01", "batch-01");
        assertThat(entra.findAll(postRequestedFor(urlPathEqualTo(TOKEN)))).singleElement()
                .satisfies(signIn -> assertThat(signIn.formParameter("scope").firstValue())
                        .as("Resource Manager's audience (MSAL adds its OpenID scopes)")
                        .startsWith("https://management.core.windows.net//.default "));
        assertThat(entra.findAllUnmatchedRequests()).as("no instance discovery nor metadata asked").isEmpty();
        assertThat(azure.server().findAllUnmatchedRequests()).isEmpty();
        String bearer = "Bearer " + JsonMapper.builder().build()
                .readTree(azure.recording("entra/token.json")).path("access_token").asString();
        assertThat(azure.server().getAllServeEvents()).as("pages, sizes, interfaces and public IPs").hasSizeGreaterThan(5)
                .allSatisfy(call -> assertThat(call.getRequest().getHeader("Authorization")).isEqualTo(bearer));
    }

    @Test
    void aWrongSecretIsEntraIdsRefusalInItsWordsWithTheCredentialsMasked() {
        entra.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(entra(401, "entra/error-invalid-client-secret.json")));
        SyncConnection connection = azure.connection(WRONG_SECRET, AzureTestCloud.httpsUrl(entra));

        assertThatThrownBy(() -> virtualMachines.get(connection, AzureTestCloud.REGION, null))
                .isInstanceOf(ProviderException.class)
                .satisfies(failure -> assertThat(failure.getMessage())
                        .startsWith("VirtualMachines.ListAll failed: Azure refused the credentials: ")
                        .contains("AADSTS7000215: Invalid client secret provided.", "for a secret added to app '****'")
                        .doesNotContain(AzureTestCloud.CLIENT, WRONG_SECRET))
                .hasNoCause();
        entra.verify(1, postRequestedFor(urlPathEqualTo(TOKEN)));
        azure.server().verify(0, anyRequestedFor(anyUrl()));
    }

    private static ResponseDefinitionBuilder entra(int status, String recording) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(azure.recording(recording));
    }
}
