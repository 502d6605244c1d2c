package io.maestro.discovery.provider.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maestro.discovery.provider.ProviderException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * Nova's microversion, negotiated with the compute endpoint's version document: an old cloud (2.1) names each server's
 * flavor and is read with {@code /flavors/detail}, a new one (2.96) is read at 2.79 and embeds it without its id, found
 * by name in the flavor list; both give the same cpu, memory and flavor id. A cloud without a microversion discovery reads is "service not available".
 */
class OpenStackMicroversionTest extends OpenStackRecordedTest {

    private static final String SERVERS = OpenStackTestCloud.COMPUTE + "/servers/detail";
    private static final String FLAVORS = OpenStackTestCloud.COMPUTE + "/flavors/detail";

    @Test
    void anOldCloudIsReadAt21AndItsServersFlavorsComeFromTheFlavorList() {
        openstack.recordOldCloud();

        List<Map<String, Object>> servers = crawlAndTranslate("server-list", "servers");

        assertThat(named(servers, "old-01")).containsEntry("cpu", 2).containsEntry("memory", 4.0)
                .extractingByKey("datacenters", InstanceOfAssertFactories.MAP)
                .containsEntry("instance", "m1.medium").containsEntry("flavor_id", "3");
        assertThat(named(servers, "old-02")).containsEntry("cpu", 8).containsEntry("memory", 64.0);
        openstack.server().verify(getRequestedFor(urlPathEqualTo(SERVERS))
                .withHeader("OpenStack-API-Version", equalTo("compute 2.1"))
                .withHeader("X-OpenStack-Nova-API-Version", equalTo("2.1")));
        openstack.server().verify(2, getRequestedFor(urlPathEqualTo(FLAVORS)));
    }

    @Test
    void aNewCloudIsReadAt279AndItsServersCarryTheirFlavor() {
        openstack.recordNewCloud();

        List<Map<String, Object>> servers = crawlAndTranslate("server-list", "servers");

        Map<String, Object> first = named(servers, "new-01");
        assertThat(first).containsEntry("cpu", 2).containsEntry("memory", 4.0)
                .containsEntry("storage", List.of(Map.of("name", "8b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d11",
                        "unique_id", "8b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d11", "delete_termination", true)));
        assertThat(first.get("datacenters")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("instance", "m1.medium").containsEntry("flavor_id", "3");
        assertThat(named(servers, "new-02")).containsEntry("cpu", 8).containsEntry("memory", 64.0)
                .extractingByKey("datacenters", InstanceOfAssertFactories.MAP).containsEntry("flavor_id", "4");
        openstack.server().verify(getRequestedFor(urlPathEqualTo(SERVERS))
                .withHeader("OpenStack-API-Version", equalTo("compute 2.79")));
        // the embedded flavors carry no id: the flavor list (two pages) is read once to name it
        openstack.server().verify(2, getRequestedFor(urlPathEqualTo(FLAVORS)));
    }

    @Test
    void theVersionDocumentIsReadOncePerConnectionForEveryComputeList() {
        openstack.recordNewCloud();
        openstack.server().stubFor(get(urlPathEqualTo(FLAVORS)).withHeader("OpenStack-API-Version",
                equalTo("compute 2.79")).willReturn(openstack.json(200, "compute/flavors-2.json")));

        crawlAndTranslate("server-list", "servers");
        assertThat(crawlAndTranslate("flavor-list", "flavors")).hasSize(1);

        openstack.server().verify(1, getRequestedFor(urlPathEqualTo(OpenStackTestCloud.COMPUTE)));
    }

    @Test
    void aCatalogEndpointEndingWithTheProjectIdHasItsVersionDocumentWithoutIt() {
        String servers = OpenStackTestCloud.COMPUTE + "/" + OpenStackTestCloud.PROJECT_ID + "/servers/detail";
        openstack.token("keystone/token-compute-with-project.json");
        // the version document is only at the endpoint less the project id
        openstack.computeVersion("compute/version-2.96.json");
        openstack.page(servers, null, "compute/servers-2.79.json");
        openstack.page(OpenStackTestCloud.COMPUTE + "/" + OpenStackTestCloud.PROJECT_ID + "/flavors/detail", null,
                "compute/flavors-2.json");

        assertThat(crawlAndTranslate("server-list", "servers")).extracting(server -> server.get("cpu"))
                .containsExactly(2, 8);

        openstack.server().verify(getRequestedFor(urlPathEqualTo(servers))
                .withHeader("OpenStack-API-Version", equalTo("compute 2.79")));
    }

    @Test
    void aCloudOfferingOnlyTheV20ApiIsNotAvailable() {
        openstack.recordOldCloud();
        openstack.computeVersion("compute/version-2.0.json");

        assertThatThrownBy(() -> command("server-list", "servers").get(openstack.connection(), "RegionOne", null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("compute (Nova): service not available in this cloud (its endpoint answers no microversion,"
                        + " the v2.0 API; discovery reads 2.1 to 2.79: list Nova's v2.1 endpoint in the catalog)");
        openstack.server().verify(0, getRequestedFor(urlPathEqualTo(SERVERS)));
    }

    @Test
    void aCloudWhoseOldestMicroversionIsNewerThanDiscoveryReadsIsNotAvailable() {
        openstack.server().stubFor(get(urlPathEqualTo(OpenStackTestCloud.COMPUTE)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"version\": {\"id\": \"v2.1\","
                        + " \"status\": \"CURRENT\", \"version\": \"2.120\", \"min_version\": \"2.90\"}}")));

        assertThatThrownBy(() -> command("flavor-list", "flavors").get(openstack.connection(), "RegionOne", null))
                .isInstanceOf(ProviderException.class)
                .hasMessage("compute (Nova): service not available in this cloud (it accepts microversions 2.90 to"
                        + " 2.120; discovery reads 2.1 to 2.79)");
    }
}
