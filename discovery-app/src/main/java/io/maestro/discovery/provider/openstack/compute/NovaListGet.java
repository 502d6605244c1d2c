package io.maestro.discovery.provider.openstack.compute;

import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.openstack.OpenStackListGet;
import io.maestro.discovery.provider.openstack.OpenStackService;
import io.maestro.discovery.provider.openstack.OpenStackSessions;
import java.util.Map;

/** A Nova list, read at the microversion negotiated with the region's compute endpoint. */
public class NovaListGet extends OpenStackListGet {

    private final NovaMicroversions microversions;

    public NovaListGet(OpenStackSessions sessions, NovaMicroversions microversions, String path, String collection) {
        super(sessions, OpenStackService.COMPUTE, path, collection);
        this.microversions = microversions;
    }

    @Override
    protected final Map<String, String> headers(SyncConnection connection, String endpoint) {
        return microversions.headers(connection, endpoint);
    }
}
