package io.maestro.discovery.provider.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.RecordedPages;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A private cloud whose endpoints are signed by its own CA ({@code openstack/tls/}: a self-signed CA certificate for
 * {@code localhost}, made with keytool): refused without the connection's CA bundle, trusted with it.
 */
class OpenStackTlsTest {

    private static final String PASSWORD = "maestro-test";
    private static WireMockServer cloud;

    @BeforeAll
    static void startPrivateCloud() throws URISyntaxException {
        Path keystore = Path.of(OpenStackTlsTest.class.getResource("/openstack/tls/private-cloud.p12").toURI());
        cloud = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort()
                .keystorePath(keystore.toString()).keystoreType("PKCS12").keystorePassword(PASSWORD)
                .keyManagerPassword(PASSWORD));
        cloud.start();
        String base = "https://localhost:" + cloud.httpsPort();
        cloud.stubFor(post(urlPathEqualTo("/identity/v3/auth/tokens")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("X-Subject-Token", OpenStackTestCloud.TOKEN)
                .withBody(RecordedPages.resource("openstack", "keystone/token.json").replace("{{BASE}}", base))));
        cloud.stubFor(get(urlPathEqualTo(OpenStackTestCloud.VOLUME + "/volumes/detail")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(RecordedPages.resource("openstack", "storage/volumes-2.json"))));
    }

    @AfterAll
    static void stopPrivateCloud() {
        cloud.stop();
    }

    @Test
    void anEndpointSignedByAnUnknownCaIsRefused() {
        assertThatThrownBy(() -> volumes(Map.of("username", OpenStackTestCloud.USERNAME,
                "password", OpenStackTestCloud.PASSWORD)))
                .isInstanceOf(ProviderException.class)
                .hasMessageStartingWith("Keystone authentication failed: the TLS certificate is not trusted")
                .hasMessageEndingWith("give the connection the CA bundle of its cloud");
    }

    @Test
    void theConnectionsCaBundleIsTrustedBesideTheSystemsAuthorities() {
        String bundle = RecordedPages.resource("openstack", "tls/private-cloud-ca.pem");

        assertThat(volumes(Map.of("username", OpenStackTestCloud.USERNAME, "password", OpenStackTestCloud.PASSWORD,
                "ca_bundle", bundle))).hasSize(1);
    }

    private static List<Map<String, Object>> volumes(Map<String, String> credentials) {
        OpenStackSessions sessions = new OpenStackSessions(Duration.ofSeconds(10), Clock.systemUTC(), wait -> { });
        SyncConnection connection = new SyncConnection("65b0000000000000000000aa", "Private cloud", "OpenStack",
                OpenStackProvider.PASSWORD_SERVICE, "OpenStack - Lab", OpenStackTestCloud.DATACENTER_ID,
                List.of(OpenStackTestCloud.REGION), "https://localhost:" + cloud.httpsPort() + "/identity", "ops",
                null, Map.of("_id", OpenStackTestCloud.OWNER_ID), List.of(), credentials);
        return new OpenStackProvider(sessions).tasks().get("volumes-list").get(0)
                .get(connection, OpenStackTestCloud.REGION, null).items();
    }
}
