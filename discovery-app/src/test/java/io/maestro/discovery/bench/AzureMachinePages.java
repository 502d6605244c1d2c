package io.maestro.discovery.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated Resource Manager pages of virtual machines in {@code westeurope}, as Azure answers them: running machines
 * of a few sizes over three zones, each with an OS disk, a data disk, one network interface and four tags; the region's
 * VM sizes; one network interface answer for every machine's interface (read per machine, as the provider does); and,
 * for production's sign-in, Microsoft Entra ID's token answer.
 */
public final class AzureMachinePages {

    public static final String SUBSCRIPTION = "6b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String VMS = "/subscriptions/" + SUBSCRIPTION + "/providers/Microsoft.Compute/virtualMachines";
    private static final List<String> SIZES = List.of("Standard_B1s", "Standard_D2s_v3", "Standard_F4s_v2");
    private static final List<String> ROLES = List.of("frontend", "worker", "database", "cache");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AzureMachinePages() {
    }

    /**
     * Stubs {@code machines} machines in pages of {@code pageSize} (page n+1 behind {@code $skiptoken=page-n+1}).
     *
     * @param baseUrl the server's URL as the connection names it (http, or https for production's sign-in)
     */
    public static void serve(WireMockServer azure, String baseUrl, int machines, int pageSize) {
        int pages = Math.max(1, (machines + pageSize - 1) / pageSize);
        for (int page = 0; page < pages; page++) {
            int from = page * pageSize;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("value", machines(from, Math.min(machines, from + pageSize)));
            if (page + 1 < pages) {
                body.put("nextLink", baseUrl + VMS + "?api-version=2024-11-01&$expand=instanceView&$skiptoken=page-"
                        + (page + 1));
            }
            azure.stubFor(get(urlPathEqualTo(VMS))
                    .withQueryParam("$skiptoken", page == 0 ? absent() : equalTo("page-" + page))
                    .willReturn(json(body)));
        }
        azure.stubFor(get(urlPathEqualTo("/subscriptions/" + SUBSCRIPTION
                + "/providers/Microsoft.Compute/locations/westeurope/vmSizes")).willReturn(json(Map.of("value", List.of(
                        Map.of("name", "Standard_B1s", "numberOfCores", 1, "memoryInMB", 1024),
                        Map.of("name", "Standard_D2s_v3", "numberOfCores", 2, "memoryInMB", 8192),
                        Map.of("name", "Standard_F4s_v2", "numberOfCores", 4, "memoryInMB", 8192))))));
        azure.stubFor(get(urlPathMatching("/subscriptions/" + SUBSCRIPTION
                + "/resourceGroups/rg-bench/providers/Microsoft.Network/networkInterfaces/.*")).willReturn(json(Map.of(
                        "name", "nic", "location", "westeurope", "properties", Map.of("provisioningState", "Succeeded",
                                "ipConfigurations", List.of(Map.of("name", "ipconfig1", "properties",
                                        Map.of("privateIPAddress", "10.20.0.4", "primary", true))))))));
    }

    /** Microsoft Entra ID's answer to any tenant's client-secret sign-in: a token valid for an hour. */
    public static void signIn(WireMockServer entra) {
        entra.stubFor(post(urlPathMatching("/[^/]+/oauth2/v2.0/token")).willReturn(json(Map.of("token_type", "Bearer",
                "expires_in", 3599, "ext_expires_in", 3599, "access_token", "bench-access-token"))));
    }

    private static List<Map<String, Object>> machines(int from, int to) {
        List<Map<String, Object>> machines = new ArrayList<>(to - from);
        String group = "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg-bench/providers/";
        for (int n = from; n < to; n++) {
            String name = String.format("vm-%06d", n);
            machines.add(Map.of(
                    "name", name,
                    "id", group + "Microsoft.Compute/virtualMachines/" + name,
                    "location", "westeurope",
                    "zones", List.of(String.valueOf(n % 3 + 1)),
                    "tags", Map.of("Name", name, "role", ROLES.get(n % ROLES.size()), "environment", "production",
                            "owner", "team-" + n % 17),
                    "properties", Map.of(
                            "vmId", String.format("00000000-0000-4000-8000-%012d", n),
                            "hardwareProfile", Map.of("vmSize", SIZES.get(n % SIZES.size())),
                            "storageProfile", Map.of(
                                    "imageReference", Map.of("publisher", "Canonical", "offer", "ubuntu-24_04-lts",
                                            "sku", "server", "version", "latest"),
                                    "osDisk", Map.of("osType", "Linux", "name", name + "-os", "createOption", "FromImage",
                                            "diskSizeGB", 30, "managedDisk", Map.of("storageAccountType", "Premium_LRS",
                                                    "id", group + "Microsoft.Compute/disks/" + name + "-os")),
                                    "dataDisks", List.of(Map.of("lun", 0, "name", name + "-data", "diskSizeGB", 128,
                                            "createOption", "Attach", "managedDisk", Map.of("storageAccountType",
                                                    "Premium_LRS", "id", group + "Microsoft.Compute/disks/" + name + "-data")))),
                            "osProfile", Map.of("computerName", name, "adminUsername", "azureuser"),
                            "networkProfile", Map.of("networkInterfaces", List.of(Map.of("id",
                                    group + "Microsoft.Network/networkInterfaces/" + name + "-nic",
                                    "properties", Map.of("primary", true)))),
                            "provisioningState", "Succeeded",
                            "timeCreated", "2026-03-02T09:15:42.1234567+00:00",
                            "instanceView", Map.of("statuses", List.of(Map.of("code", "PowerState/running"))))));
        }
        return machines;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(Object body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(JSON.writeValueAsString(body));
    }
}
