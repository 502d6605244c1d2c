package io.maestro.scheduler.store;

import io.maestro.common.http.PeerCallException;
import io.maestro.common.http.PeerClients;
import io.maestro.common.http.PeerService;
import io.maestro.scheduler.domain.ConnectionTasks;
import org.springframework.stereotype.Component;

/** {@link ConnectionTasks} on discovery-app's crawler route, the call server-app makes for the dashboard's Run. */
@Component
public class DiscoveryConnectionTasks implements ConnectionTasks {

    private final PeerClients peers;

    public DiscoveryConnectionTasks(PeerClients peers) {
        this.peers = peers;
    }

    @Override
    public String run(String provider, String connectionId, String task) {
        try {
            return peers.client(PeerService.DISCOVERY).put()
                    .uri("/crawler/{provider}/{id}/{task}", provider, connectionId, task)
                    .retrieve().body(String.class);
        } catch (PeerCallException failure) {
            throw PeerFailures.of(failure);
        }
    }
}
