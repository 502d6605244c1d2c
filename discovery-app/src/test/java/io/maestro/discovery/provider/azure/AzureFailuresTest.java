package io.maestro.discovery.provider.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.RecordedPages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Azure refusing, throttling and answering nonsense: each a clear provider failure, no credential in it. */
class AzureFailuresTest extends AzureRecordedTest {

    private static final String DISKS = AzureTestCloud.ARM + "Microsoft.Compute/disks";

    @Test
    void aRefusalIsAzuresCodeAndMessageWithTheClientIdMasked() {
        azure.server().stubFor(get(urlPathEqualTo(DISKS)).willReturn(azure.json(403, "error-authorization-failed.json")));

        assertThatThrownBy(() -> command("volumes-list", "disks").get(azure.connection(), "westeurope", null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("Disks.List failed: AuthorizationFailed: The client '****' with object id")
                .hasMessageContaining("does not have authorization to perform action 'Microsoft.Compute/disks/read'")
                .hasMessageNotContaining(AzureTestCloud.CLIENT)
                .hasNoCause();
    }

    @Test
    void aTokenOfTheWrongTenantIsRefusedInAzuresWords() {
        azure.server().stubFor(get(urlPathEqualTo(DISKS)).willReturn(azure.json(401, "error-wrong-tenant.json")));

        assertThatThrownBy(() -> command("volumes-list", "disks").get(azure.connection(), "westeurope", null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("Disks.List failed: InvalidAuthenticationTokenTenant: The access token is from"
                        + " the wrong issuer");
    }

    @Test
    void throttlingIsWaitedOutAsRetryAfterAsks() {
        azure.server().stubFor(get(urlPathEqualTo(DISKS)).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(azure.json(429, "error-throttled.json").withHeader("Retry-After", "1"))
                .willSetStateTo("after"));
        azure.server().stubFor(get(urlPathEqualTo(DISKS)).inScenario("throttled").whenScenarioStateIs("after")
                .willReturn(azure.json(200, "compute/disks-2.json")));

        long started = System.nanoTime();
        var page = command("volumes-list", "disks").get(azure.connection(), "westeurope", null);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(page.items()).hasSize(2);
        azure.server().verify(2, getRequestedFor(urlPathEqualTo(DISKS)));
    }

    @Test
    void throttlingThatOutlastsTheRetriesFailsTheTaskInAzuresWords() {
        azure.server().stubFor(get(urlPathEqualTo(DISKS))
                .willReturn(azure.json(429, "error-throttled.json").withHeader("Retry-After", "0")));

        assertThatThrownBy(() -> command("volumes-list", "disks").get(azure.connection(), "westeurope", null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("Disks.List failed: TooManyRequests: The request is being throttled");
        azure.server().verify(3, getRequestedFor(urlPathEqualTo(DISKS)));
    }

    @Test
    void aMalformedPageFailsTheTaskAfterTheGoodPagesWereRead() {
        azure.page(DISKS, null, "compute/disks-1.json");
        azure.server().stubFor(get(urlPathEqualTo(DISKS)).withQueryParam("$skiptoken",
                        equalTo("ZGlza3MtMg=="))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"value\": [{\"name\": \"half")));

        var command = command("volumes-list", "disks");
        var first = command.get(azure.connection(), "westeurope", null);
        assertThat(first.items()).hasSize(2);
        assertThatThrownBy(() -> command.get(azure.connection(), "westeurope", first.nextToken()))
                .isInstanceOf(ProviderException.class)
                .hasMessage("Disks.List failed: Azure answered HTTP 200 with a body that is not JSON");
    }

    @Test
    void aNextLinkOutsideTheManagementEndpointIsNotFollowed() {
        assertThatThrownBy(() -> command("volumes-list", "disks").get(azure.connection(), "westeurope",
                "https://attacker.example.com/subscriptions/x/providers/Microsoft.Compute/disks?$skiptoken=1"))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("outside its management endpoint");
    }

    @Test
    void aConnectionWithoutItsSubscriptionSaysWhichFieldsItNeeds() {
        SyncConnection connection = new SyncConnection("65a0000000000000000000aa", "half", "Azure", "sub_azure", "dc",
                "65a0000000000000000000ab", List.of("westeurope"), azure.server().baseUrl(), null, Map.of(), List.of(),
                Map.of("tenant", AzureTestCloud.TENANT, "client", AzureTestCloud.CLIENT, "secret", AzureTestCloud.SECRET));

        assertThatThrownBy(() -> RecordedPages.crawl(command("volumes-list", "disks"), connection, "westeurope"))
                .isInstanceOf(ProviderException.class)
                .hasMessage("Disks.List failed: The connection has no Azure sub (fields 'tenant', 'client', 'secret'"
                        + " and 'sub')");
    }
}
