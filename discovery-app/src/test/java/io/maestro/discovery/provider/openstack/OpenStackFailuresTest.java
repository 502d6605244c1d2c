package io.maestro.discovery.provider.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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

/** OpenStack refusing, throttling, lacking a service and answering nonsense: each a clear failure, no credential in it. */
class OpenStackFailuresTest extends OpenStackRecordedTest {

    private static final String SERVERS = OpenStackTestCloud.COMPUTE + "/servers/detail";
    private static final String VOLUMES = OpenStackTestCloud.VOLUME + "/volumes/detail";

    @Test
    void keystoneRefusingThePasswordIsItsMessageWithNoCredential() {
        openstack.server().stubFor(post(urlPathEqualTo("/identity/v3/auth/tokens"))
                .willReturn(openstack.json(401, "keystone/error-unauthorized.json")));

        assertThatThrownBy(() -> command("server-list", "servers").get(openstack.connection(), "RegionOne", null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("Keystone refused the credentials: Unauthorized: The request you have made requires"
                        + " authentication.")
                .hasNoCause();
        // the password went to Keystone, as Keystone v3 asks, scoped to the project in the user's domain
        openstack.server().verify(postRequestedFor(urlPathEqualTo("/identity/v3/auth/tokens")).withRequestBody(
                equalToJson("{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\":"
                        + " \"maestro-reader\", \"domain\": {\"id\": \"default\"}, \"password\": \""
                        + OpenStackTestCloud.PASSWORD + "\"}}}, \"scope\": {\"project\": {\"name\": \"ops\","
                        + " \"domain\": {\"id\": \"default\"}}}}}")));
    }

    @Test
    void anApplicationCredentialIsSentAsOneAndMaskedInRefusals() {
        String secret = "appcred-Secret-0f9e8d7c6b5a";
        SyncConnection connection = openstack.connection(Map.of("application_credential_id", "c0ffee0123456789",
                "application_credential_secret", secret));
        openstack.server().stubFor(post(urlPathEqualTo("/identity/v3/auth/tokens")).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": \"Invalid application"
                        + " credential secret " + secret + "\"}}")));

        assertThatThrownBy(() -> command("volumes-list", "volumes").get(connection, "RegionOne", null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("Keystone refused the credentials: Unauthorized: Invalid application credential secret ****");
        openstack.server().verify(postRequestedFor(urlPathEqualTo("/identity/v3/auth/tokens")).withRequestBody(
                equalToJson("{\"auth\": {\"identity\": {\"methods\": [\"application_credential\"],"
                        + " \"application_credential\": {\"id\": \"c0ffee0123456789\", \"secret\": \"" + secret
                        + "\"}}}}")));
    }

    @Test
    void aCloudWithoutOctaviaEndsThatTaskOnlyAndTheOthersGoOn() {
        openstack.token("keystone/token-without-octavia.json");
        openstack.recordAll();

        assertThatThrownBy(() -> command("loadbalance-list", "loadbalancers").get(openstack.connection(), "RegionOne",
                null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("load-balancer (Octavia): service not available in this cloud (no public endpoint in region"
                        + " RegionOne)");
        assertThat(crawlAndTranslate("volumes-list", "volumes")).hasSize(3);
    }

    @Test
    void aRegionTheCatalogDoesNotServeIsNotAvailableEither() {
        assertThatThrownBy(() -> command("images-list", "images").get(openstack.connection(), "RegionTwo", null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("image (Glance): service not available in this cloud (no public endpoint in region"
                        + " RegionTwo)");
    }

    @Test
    void throttlingIsWaitedOutAsRetryAfterAsks() {
        openstack.recordAll();
        openstack.server().stubFor(get(urlPathEqualTo(VOLUMES)).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(openstack.json(429, "compute/error-over-limit.json").withHeader("Retry-After", "2"))
                .willSetStateTo("answering"));
        openstack.server().stubFor(get(urlPathEqualTo(VOLUMES)).inScenario("throttled").whenScenarioStateIs("answering")
                .willReturn(openstack.json(200, "storage/volumes-2.json")));

        assertThat(RecordedPages.items(RecordedPages.crawl(command("volumes-list", "volumes"), openstack.connection(),
                "RegionOne"))).hasSize(1);
        assertThat(openstack.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void throttlingThatOutlastsTheAttemptsIsTheTasksMessage() {
        openstack.server().stubFor(get(urlPathEqualTo(VOLUMES)).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "600").withBody("<html><body><h1>503 Service Unavailable</h1>"
                        + "No server is available to handle this request.</body></html>")));

        assertThatThrownBy(() -> command("volumes-list", "volumes").get(openstack.connection(), "RegionOne", null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("block-storage (Cinder) /volumes/detail failed: OpenStack is throttling"
                        + " discovery (HTTP 503, 4 attempts): 503 Service Unavailable No server is available");
        // waits are capped: a minute at most, whatever Retry-After asks
        assertThat(openstack.waits()).containsExactly(OpenStackSessions.LONGEST_WAIT, OpenStackSessions.LONGEST_WAIT,
                OpenStackSessions.LONGEST_WAIT);
        openstack.server().verify(4, getRequestedFor(urlPathEqualTo(VOLUMES)));
    }

    @Test
    void aMalformedPageFailsClearly() {
        openstack.computeVersion("compute/version-2.1.json");
        openstack.server().stubFor(get(urlPathEqualTo(SERVERS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"servers\": [{\"id\": \"1\", ")));
        openstack.server().stubFor(get(urlPathEqualTo(VOLUMES)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"volumes\": {\"id\": \"x\"}}")));

        assertThatThrownBy(() -> command("server-list", "servers").get(openstack.connection(), "RegionOne", null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("compute (Nova) /servers/detail failed: OpenStack answered HTTP 200 with a body that is not"
                        + " a JSON object");
        assertThatThrownBy(() -> command("volumes-list", "volumes").get(openstack.connection(), "RegionOne", null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("block-storage (Cinder) /volumes/detail failed: the answer has no 'volumes' list");
    }

    @Test
    void aServiceRefusalIsItsFaultMessage() {
        openstack.server().stubFor(get(urlPathEqualTo(OpenStackTestCloud.NETWORK + "/v2.0/routers")).willReturn(
                aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody(
                        "{\"NeutronError\": {\"type\": \"PolicyNotAuthorized\", \"message\": \"rule:get_router is"
                                + " disallowed by policy\", \"detail\": \"\"}}")));

        assertThatThrownBy(() -> command("network-list", "routers").get(openstack.connection(), "RegionOne", null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("network (Neutron) /v2.0/routers failed: HTTP 403: rule:get_router is disallowed by policy");
    }

    @Test
    void aRevokedTokenIsReplacedOnce() {
        openstack.recordAll();
        openstack.server().stubFor(get(urlPathEqualTo(OpenStackTestCloud.VOLUME + "/snapshots/detail"))
                .inScenario("revoked").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(401).withBody("{\"error\": {\"message\": \"The request you have"
                        + " made requires authentication.\", \"code\": 401, \"title\": \"Unauthorized\"}}"))
                .willSetStateTo("renewed"));
        openstack.server().stubFor(get(urlPathEqualTo(OpenStackTestCloud.VOLUME + "/snapshots/detail"))
                .inScenario("revoked").whenScenarioStateIs("renewed")
                .willReturn(openstack.json(200, "storage/snapshots.json")));

        assertThat(crawlAndTranslate("snapshot-list", "snapshots")).hasSize(2);
        openstack.server().verify(2, postRequestedFor(urlPathEqualTo("/identity/v3/auth/tokens")));
    }

    @Test
    void aConnectionWithoutCredentialsOrAuthUrlSaysWhatIsMissing() {
        assertThatThrownBy(() -> command("volumes-list", "volumes").get(openstack.connection(Map.of("username", "x")),
                "RegionOne", null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("The connection has neither a username and password nor an application credential id and"
                        + " secret");
        SyncConnection withoutUrl = new SyncConnection("65b0000000000000000000ff", "No URL", "OpenStack", "OpenStack",
                "OpenStack - Lab", OpenStackTestCloud.DATACENTER_ID, List.of("RegionOne"), null, "ops", null,
                Map.of("_id", OpenStackTestCloud.OWNER_ID), List.of(), Map.of("username", "u", "password", "p"));
        assertThatThrownBy(() -> command("volumes-list", "volumes").get(withoutUrl, "RegionOne", null))
                .isInstanceOf(ProviderException.class).hasMessage("The connection has no auth URL (Keystone)");
    }

    @Test
    void anUnreadableCaBundleIsTheConnectionsFault() {
        SyncConnection connection = openstack.connection(Map.of("username", OpenStackTestCloud.USERNAME,
                "password", OpenStackTestCloud.PASSWORD, "ca_bundle", "-----BEGIN CERTIFICATE-----\nnot base64\n"
                        + "-----END CERTIFICATE-----\n"));

        assertThatThrownBy(() -> command("volumes-list", "volumes").get(connection, "RegionOne", null))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("The connection's CA bundle is not readable as PEM certificates");
    }
}
