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
 * {@code resolved.flavor} ({@code vcpus}, {@code ram}, {@code name}): from the server itself when Nova embeds it
 * (microversion 2.47 and later: {@code flavor: {vcpus, ram, original_name…}}), else from the region's
 * {@code /flavors/detail}, read once per page and only when a server names its flavor ({@code flavor: {id, links}}).
 * A server whose flavor was deleted has no cpu and memory on older clouds.
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
        Map<String, Map<String, Object>> flavorsById = null;
        List<Map<String, Object>> servers = new ArrayList<>(page.size());
        for (Map<String, Object> server : page) {
            Map<String, Object> flavor = null;
            if (at(server, "flavor.vcpus") != null) {
                flavor = new LinkedHashMap<>();
                flavor.put("vcpus", at(server, "flavor.vcpus"));
                flavor.put("ram", at(server, "flavor.ram"));
                flavor.put("name", text(server, "flavor.original_name"));
            } else if (text(server, "flavor.id") != null) {
                if (flavorsById == null) {
                    flavorsById = new HashMap<>();
                    for (Map<String, Object> known : flavors.all(connection, region)) {
                        flavorsById.put(String.valueOf(known.get("id")), known);
                    }
                }
                Map<String, Object> known = flavorsById.get(text(server, "flavor.id"));
                if (known != null) {
                    flavor = new LinkedHashMap<>();
                    flavor.put("vcpus", known.get("vcpus"));
                    flavor.put("ram", known.get("ram"));
                    flavor.put("name", known.get("name"));
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
}
