package io.maestro.scheduler.store;

import io.maestro.common.client.DiscoveryAppClient;
import io.maestro.common.http.PeerCallException;
import io.maestro.scheduler.domain.ConnectionTasks;
import org.springframework.stereotype.Component;

/** {@link ConnectionTasks} on discovery-app's crawler route, the call server-app makes for the dashboard's Run. */
@Component
public class DiscoveryConnectionTasks implements ConnectionTasks {

    private final DiscoveryAppClient discovery;

    public DiscoveryConnectionTasks(DiscoveryAppClient discovery) {
        this.discovery = discovery;
    }

    @Override
    public String run(String provider, String connectionId, String task) {
        try {
            return String.valueOf(discovery.startTask(provider, connectionId, task));
        } catch (PeerCallException failure) {
            throw PeerFailures.of(failure);
        }
    }
}
