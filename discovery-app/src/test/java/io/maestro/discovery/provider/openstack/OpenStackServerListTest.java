package io.maestro.discovery.provider.openstack;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.support.RecordedPages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code server-list}: Nova's servers over two pages, flavors read from the API for cpu and memory. */
class OpenStackServerListTest extends OpenStackRecordedTest {

    private static final String WEB = "1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    private static final String PROJECT = OpenStackTestCloud.PROJECT_ID;

    @Test
    void anActiveServerIsTranslatedFieldByField() {
        openstack.recordAll();

        Map<String, Object> web = named(crawlAndTranslate("server-list", "servers"), "web-01");

        assertThat(web).containsEntry("unique_id", WEB)
                .containsEntry("hostname", "web-01")
                .containsEntry("role", "Webserver")
                .containsEntry("environment", "Production")
                .containsEntry("created_at", "2026-10-02T08:15:11Z")
                .containsEntry("ipv4_private", "10.10.0.11")
                .containsEntry("ipv4_public", "203.0.113.21")
                .containsEntry("ipv4_all", List.of("10.10.0.11", "203.0.113.21"))
                .containsEntry("ipv6_all", List.of("fd00:10::11"))
                .containsEntry("cpu", 2)
                .containsEntry("memory", 4.0)
                .containsEntry("status", "Active")
                .containsEntry("active", true)
                .containsEntry("auth", List.of(Map.of("name", "ops-key", "type", "PKI")))
                .containsEntry("storage", List.of(Map.of("name", "6d5e4f3a-2b1c-4d0e-9f8a-7b6c5d4e3f2a",
                        "unique_id", "6d5e4f3a-2b1c-4d0e-9f8a-7b6c5d4e3f2a", "delete_termination", false)))
                .containsEntry("tags", List.of(Map.of("key", "Role", "value", "webserver"),
                        Map.of("key", "environment", "value", "production"), Map.of("key", "owner", "value", "team-web")))
                .containsEntry("datacenters", datacenter(Map.of("zone", "nova", "project_id", PROJECT,
                        "type", "Virtual", "instance", "m1.medium", "instance_id", WEB, "flavor_id", "3",
                        "image_id", "9f1c2b3a-4d5e-4f60-8a7b-1c2d3e4f5a6b")));
        @SuppressWarnings("unchecked")
        Map<String, Object> metas = (Map<String, Object>) web.get("metas");
        assertThat(metas).containsEntry("security_groups", List.of("default", "web"))
                .containsEntry("state", "ACTIVE").containsEntry("vm_state", "active")
                .containsEntry("host_id", "3c9b1a1f0e2d").containsEntry("locked", false)
                .containsEntry("addresses", List.of(
                        Map.of("network", "private-net", "addr", "10.10.0.11", "version", 4, "type", "fixed",
                                "mac_addr", "fa:16:3e:1f:aa:01"),
                        Map.of("network", "private-net", "addr", "203.0.113.21", "version", 4, "type", "floating",
                                "mac_addr", "fa:16:3e:1f:aa:01"),
                        Map.of("network", "private-net", "addr", "fd00:10::11", "version", 6, "type", "fixed",
                                "mac_addr", "fa:16:3e:1f:aa:01")));
        assertThat(web.get("checksum")).asString().hasSize(40);
    }

    @Test
    void statesFlavorsAndMissingFieldsFollowZeroSixsRules() {
        openstack.recordAll();

        List<Map<String, Object>> servers = crawlAndTranslate("server-list", "servers");

        assertThat(servers).extracting(server -> server.get("name"))
                .containsExactly("web-01", "db-01", "cache-01", "4c3d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
        Map<String, Object> db = named(servers, "db-01");
        assertThat(db).containsEntry("status", "Stopped").containsEntry("active", true)
                .containsEntry("role", "Database").containsEntry("cpu", 8).containsEntry("memory", 64.0)
                .doesNotContainKeys("auth", "ipv4_public", "environment");
        assertThat(db.get("datacenters")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .doesNotContainKey("image_id").containsEntry("instance", "db.xlarge.memory-optimised-2025");
        Map<String, Object> rebooting = named(servers, "cache-01");
        assertThat(rebooting).containsEntry("status", "Avaliable").containsEntry("active", true)
                .containsEntry("cpu", 2).containsEntry("memory", 4.0).doesNotContainKey("tags");
        Map<String, Object> failed = named(servers, "4c3d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
        assertThat(failed).containsEntry("status", "Active").containsEntry("active", false)
                .doesNotContainKeys("hostname", "cpu", "memory");
    }

    @Test
    void pagesFollowTheMarkerOnTheCatalogsEndpointAndTheTokenIsReused() {
        openstack.recordAll();

        List<FetchedPage> pages = RecordedPages.crawl(command("server-list", "servers"), openstack.connection(),
                OpenStackTestCloud.REGION);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).nextToken()).isEqualTo("2a1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
        assertThat(pages.get(1).hasNext()).isFalse();
        // the next link names Nova's internal host: the marker is read from it, the URL rebuilt on the catalog's
        openstack.server().verify(2, getRequestedFor(urlPathEqualTo(OpenStackTestCloud.COMPUTE + "/servers/detail")));
        openstack.server().verify(getRequestedFor(urlPathEqualTo(OpenStackTestCloud.COMPUTE + "/servers/detail"))
                .withQueryParam("limit", com.github.tomakehurst.wiremock.client.WireMock.equalTo("100")));
        // the flavors, both their pages, are read once per page of servers that needs them: twice here
        openstack.server().verify(4, getRequestedFor(urlPathEqualTo(OpenStackTestCloud.COMPUTE + "/flavors/detail")));
        openstack.server().verify(1, postRequestedFor(urlPathEqualTo("/identity/v3/auth/tokens")));
    }

    @Test
    void aSecondRunSeesOneServerGoneAndOneChanged() {
        openstack.recordAll();
        Map<String, Object> before = named(crawlAndTranslate("server-list", "servers"), "web-01");

        openstack.recordServersRerun();
        List<Map<String, Object>> after = crawlAndTranslate("server-list", "servers");

        assertThat(after).extracting(server -> server.get("name")).doesNotContain("db-01").contains("web-01");
        Map<String, Object> web = named(after, "web-01");
        assertThat(web).containsEntry("unique_id", WEB).containsEntry("environment", "Staging");
        assertThat(web.get("checksum")).isNotEqualTo(before.get("checksum"));
    }
}
