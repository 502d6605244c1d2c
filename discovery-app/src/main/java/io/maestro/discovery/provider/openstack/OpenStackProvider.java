package io.maestro.discovery.provider.openstack;

import static io.maestro.discovery.provider.support.ProviderCommand.Translation.perItem;

import io.maestro.common.inventory.Inventory;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.openstack.compute.FlavorTranslation;
import io.maestro.discovery.provider.openstack.compute.NovaListGet;
import io.maestro.discovery.provider.openstack.compute.NovaMicroversions;
import io.maestro.discovery.provider.openstack.compute.ServerTranslation;
import io.maestro.discovery.provider.openstack.compute.ServersGet;
import io.maestro.discovery.provider.openstack.loadbalancer.LoadBalancerTranslation;
import io.maestro.discovery.provider.openstack.network.NetworkTranslations;
import io.maestro.discovery.provider.openstack.storage.StorageTranslations;
import io.maestro.discovery.provider.support.ProviderCommand;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * OpenStack (Keystone v3): connections of service {@code OpenStack} (a user's {@code username} and {@code password},
 * 0.6's) or {@code openstack_app_credential} (an application credential's {@code application_credential_id} and
 * {@code _secret}), with the auth URL ({@code url}), {@code project} and {@code user_domain_id}, and an optional
 * {@code ca_bundle}; the tasks of §4.2, each region of the connection read from its own catalog endpoints, Nova's at
 * the microversion negotiated with it.
 */
@Component
public class OpenStackProvider implements DiscoveryProvider {

    /** 0.6's connector key, a user and password. */
    public static final String PASSWORD_SERVICE = "OpenStack";
    public static final String APPLICATION_CREDENTIAL_SERVICE = "openstack_app_credential";

    private final Map<String, List<DiscoveryCommand>> tasks = new LinkedHashMap<>();

    public OpenStackProvider(OpenStackSessions sessions) {
        NovaMicroversions microversions = new NovaMicroversions(sessions, Clock.systemUTC());
        tasks.put("server-list", List.of(new ProviderCommand("servers", CommandTarget.of(Inventory.SERVERS),
                new ServersGet(sessions, microversions), perItem(new ServerTranslation()))));
        tasks.put("loadbalance-list", List.of(new ProviderCommand("loadbalancers", LoadBalancerTranslation.TARGET,
                new OpenStackListGet(sessions, OpenStackService.LOAD_BALANCER, "/v2/lbaas/loadbalancers",
                        "loadbalancers", "project_id"), perItem(new LoadBalancerTranslation()))));
        tasks.put("volumes-list", List.of(new ProviderCommand("volumes", CommandTarget.of(Inventory.VOLUMES),
                new OpenStackListGet(sessions, OpenStackService.BLOCK_STORAGE, "/volumes/detail", "volumes"),
                perItem(StorageTranslations.volume()))));
        tasks.put("snapshot-list", List.of(new ProviderCommand("snapshots", CommandTarget.of(Inventory.SNAPSHOTS),
                new OpenStackListGet(sessions, OpenStackService.BLOCK_STORAGE, "/snapshots/detail", "snapshots"),
                perItem(StorageTranslations.snapshot()))));
        tasks.put("images-list", List.of(new ProviderCommand("images", CommandTarget.of(Inventory.IMAGES),
                new OpenStackListGet(sessions, OpenStackService.IMAGE, "/v2/images", "images", "owner"),
                perItem(StorageTranslations.image()))));
        tasks.put("security-list", List.of(network(sessions, "security_groups", NetworkTranslations.SECURITY_GROUP,
                "/v2.0/security-groups", NetworkTranslations.securityGroup())));
        tasks.put("flavor-list", List.of(new ProviderCommand("flavors", CommandTarget.of(Inventory.FLAVORS),
                new NovaListGet(sessions, microversions, "/flavors/detail", "flavors"),
                perItem(new FlavorTranslation()))));
        tasks.put("network-list", List.of(
                network(sessions, "networks", NetworkTranslations.NETWORK, "/v2.0/networks",
                        NetworkTranslations.network()),
                network(sessions, "subnets", NetworkTranslations.SUBNET, "/v2.0/subnets", NetworkTranslations.subnet()),
                network(sessions, "ports", NetworkTranslations.PORT, "/v2.0/ports", NetworkTranslations.port()),
                network(sessions, "routers", NetworkTranslations.ROUTER, "/v2.0/routers",
                        NetworkTranslations.router())));
    }

    /** A Neutron list of the token's project, its records of one family, cleaned up alone. */
    private static ProviderCommand network(OpenStackSessions sessions, String collection, String family, String path,
            ProviderCommand.ItemTranslation translation) {
        return new ProviderCommand(collection, CommandTarget.of(Inventory.NETWORKS, family, null),
                new OpenStackListGet(sessions, OpenStackService.NETWORK, path, collection, "project_id"),
                perItem(translation));
    }

    @Override
    public String name() {
        return "openstack";
    }

    @Override
    public Set<String> services() {
        return Set.of(PASSWORD_SERVICE, APPLICATION_CREDENTIAL_SERVICE);
    }

    @Override
    public Map<String, List<DiscoveryCommand>> tasks() {
        return tasks;
    }

    /** The connection's regions (Keystone's region ids: {@code RegionOne}); none: each service's first endpoint. */
    @Override
    public List<String> regions(SyncConnection connection) {
        List<String> regions = DiscoveryProvider.super.regions(connection);
        return regions.isEmpty() ? List.of("all") : regions;
    }
}
