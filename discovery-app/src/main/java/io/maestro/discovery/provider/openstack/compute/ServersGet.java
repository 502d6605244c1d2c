package io.maestro.discovery.provider.openstack.compute;

import static io.maestro.discovery.provider.support.Payloads.at;
import static io.maestro.discovery.provider.support.Payloads.text;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.openstack.OpenStackListGet;
import io.maestro.discovery.provider.openstack.OpenStackSessions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Servers, one page of Nova's {@code /servers/detail}, each with its flavor's description under
 * {@code resolved.flavor} ({@code id}, {@code vcpus}, {@code ram}, {@code name}): from the server itself when Nova
 * embeds it (microversion 2.47 and later: {@code flavor: {vcpus, ram, original_name…}}), else from the region's
 * {@code /flavors/detail}, read once per page and only when needed. An embedded flavor carries no id: the id is the
 * region's flavor of that name, so that {@code datacenters.flavor_id} is kept on newer clouds as on older ones.
 * A server whose flavor was deleted has no cpu and memory on older clouds, and no flavor id on newer ones.
 */
public final class ServersGet extends NovaListGet {

    private final OpenStackListGet flavors;

    public ServersGet(OpenStackSessions sessions, NovaMicroversions microversions) {
        super(sessions, microversions, "/servers/detail", "servers");
        this.flavors = new NovaListGet(sessions, microversions, "/flavors/detail", "flavors");
    }

    @Override
    protected List<Map<String, Object>> items(SyncConnection connection, String region,
            List<Map<String, Object>> page) {
        RegionFlavors known = new RegionFlavors(connection, region);
        List<Map<String, Object>> servers = new ArrayList<>(page.size());
        for (Map<String, Object> server : page) {
            Map<String, Object> flavor = null;
            if (at(server, "flavor.vcpus") != null) {
                String name = text(server, "flavor.original_name");
                Map<String, Object> named = name == null ? null : known.byName().get(name);
                flavor = new LinkedHashMap<>();
                flavor.put("id", named == null ? null : named.get("id"));
                flavor.put("vcpus", at(server, "flavor.vcpus"));
                flavor.put("ram", at(server, "flavor.ram"));
                flavor.put("name", name);
            } else if (text(server, "flavor.id") != null) {
                Map<String, Object> listed = known.byId().get(text(server, "flavor.id"));
                if (listed != null) {
                    flavor = new LinkedHashMap<>();
                    flavor.put("id", listed.get("id"));
                    flavor.put("vcpus", listed.get("vcpus"));
                    flavor.put("ram", listed.get("ram"));
                    flavor.put("name", listed.get("name"));
                }
            }
            Map<String, Object> withResolved = new LinkedHashMap<>(server);
            if (flavor != null) {
                withResolved.put("resolved", Map.of("flavor", flavor));
            }
            servers.add(withResolved);
        }
        return servers;
    }

    /** The region's flavors, read at most once per page, on first need. */
    private final class RegionFlavors {
        private final SyncConnection connection;
        private final String region;
        private Map<String, Map<String, Object>> byId;
        private Map<String, Map<String, Object>> byName;

        RegionFlavors(SyncConnection connection, String region) {
            this.connection = connection;
            this.region = region;
        }

        Map<String, Map<String, Object>> byId() {
            read();
            return byId;
        }

        Map<String, Map<String, Object>> byName() {
            read();
            return byName;
        }

        private void read() {
            if (byId != null) {
                return;
            }
            byId = new HashMap<>();
            byName = new HashMap<>();
            for (Map<String, Object> flavor : flavors.all(connection, region)) {
                byId.put(String.valueOf(flavor.get("id")), flavor);
                byName.putIfAbsent(String.valueOf(flavor.get("name")), flavor);
            }
        }
    }
}
