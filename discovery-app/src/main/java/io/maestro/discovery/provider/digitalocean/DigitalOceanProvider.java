package io.maestro.discovery.provider.digitalocean;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * DigitalOcean (connection {@code service} {@code Digital Ocean}, credential {@code token}) through its REST API v2:
 * droplets, volumes, the account's images and snapshots, load balancers, CDN endpoints, Kubernetes clusters,
 * firewalls and VPCs. Its lists are global: one region, {@code all}.
 */
@Component
class DigitalOceanProvider implements DiscoveryProvider {

    static final String SERVICE = "Digital Ocean";

    private final Map<String, List<DiscoveryCommand>> tasks = new LinkedHashMap<>();

    @Autowired
    DigitalOceanProvider(@Value("${maestro.timeout:10000}") long timeoutMillis) {
        this(new DigitalOceanApi(Duration.ofMillis(timeoutMillis), Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis())));
    }

    DigitalOceanProvider(DigitalOceanApi api) {
        tasks.put("server-list", List.of(new ListCommand(api, "list_droplets", "/v2/droplets", Map.of(), "droplets",
                CommandTarget.of(Inventory.SERVERS), DigitalOceanTranslations::droplet)));
        tasks.put("volumes-list", List.of(new ListCommand(api, "list_volumes", "/v2/volumes", Map.of(), "volumes",
                CommandTarget.of(Inventory.VOLUMES), DigitalOceanTranslations::volume)));
        tasks.put("images-list", List.of(new ListCommand(api, "list_images", "/v2/images", Map.of("private", "true"),
                "images", CommandTarget.of(Inventory.IMAGES), DigitalOceanTranslations::image)));
        tasks.put("snapshot-list", List.of(new ListCommand(api, "list_snapshots", "/v2/snapshots", Map.of(),
                "snapshots", CommandTarget.of(Inventory.SNAPSHOTS), DigitalOceanTranslations::snapshot)));
        tasks.put("loadbalance-list", List.of(new ListCommand(api, "list_load_balancers", "/v2/load_balancers",
                Map.of(), "load_balancers",
                CommandTarget.of(Inventory.APPLICATIONS, "Loadbalance", "LB (DigitalOcean)"),
                DigitalOceanTranslations::loadBalancer)));
        tasks.put("cdns-list", List.of(new ListCommand(api, "list_cdn_endpoints", "/v2/cdn/endpoints", Map.of(),
                "endpoints", CommandTarget.of(Inventory.APPLICATIONS, "CDN", "CDN (DigitalOcean)"),
                DigitalOceanTranslations::cdnEndpoint)));
        tasks.put("container-orchestration-list", List.of(new ListCommand(api, "list_kubernetes_clusters",
                "/v2/kubernetes/clusters", Map.of(), "kubernetes_clusters",
                CommandTarget.of(Inventory.APPLICATIONS, "ContainerOrchestration", "Kubernetes (DigitalOcean)"),
                DigitalOceanTranslations::kubernetesCluster)));
        tasks.put("network-list", List.of(
                new ListCommand(api, "list_firewalls", "/v2/firewalls", Map.of(), "firewalls",
                        CommandTarget.of(Inventory.NETWORKS, "Firewall", null), DigitalOceanTranslations::firewall),
                new ListCommand(api, "list_vpcs", "/v2/vpcs", Map.of(), "vpcs",
                        CommandTarget.of(Inventory.NETWORKS, "Vpc", null), DigitalOceanTranslations::vpc)));
    }

    @Override
    public String name() {
        return "digitalocean";
    }

    @Override
    public Set<String> services() {
        return Set.of(SERVICE);
    }

    @Override
    public Map<String, List<DiscoveryCommand>> tasks() {
        return tasks;
    }

    @Override
    public List<String> regions(SyncConnection connection) {
        return List.of("all");
    }

    /** One list of the API, page by page, and its translation. */
    private record ListCommand(DigitalOceanApi api, String name, String path, Map<String, String> filters,
            String listKey, CommandTarget target,
            BiFunction<Map<String, Object>, TranslationContext, Map<String, Object>> translation)
            implements DiscoveryCommand {

        @Override
        public FetchedPage get(SyncConnection connection, String region, String pageToken) {
            return api.page(connection, path, filters, listKey, pageToken);
        }

        @Override
        public List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context) {
            return items.stream().map(item -> translation.apply(item, context)).filter(Objects::nonNull).toList();
        }
    }
}
